using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LegalReview.Tests.Support;

/// <summary>
/// Damaged copies of real .docx packages (truncation, bit flips, deleted, duplicated or renamed parts, huge declared
/// sizes, deep nesting, XML garbage), shared by the reader's mutation test and the batch's.
/// </summary>
internal static class DocxMutations
{
    /// <summary>An endless, deterministic (for a given <paramref name="random"/>) stream of damaged copies of the seeds.</summary>
    public static IEnumerable<(string Kind, byte[] Bytes)> Generate(byte[][] seeds, Random random)
    {
        while (true)
        {
            var seed = seeds[random.Next(seeds.Length)];
            switch (random.Next(8))
            {
                case 0:
                    yield return ("truncate", seed[..random.Next(1, seed.Length)]);
                    break;
                case 1:
                    var flipped = (byte[])seed.Clone();
                    for (var i = 0; i < 1 + random.Next(16); i++)
                    {
                        flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    yield return ("bitflip", flipped);
                    break;
                case 2:
                    yield return ("delete-part", Rewrite(seed, (zip, entries) => entries.RemoveAt(random.Next(entries.Count))));
                    break;
                case 3:
                    yield return ("duplicate-part", Rewrite(seed, (zip, entries) =>
                    {
                        var e = entries[random.Next(entries.Count)];
                        entries.Add((e.Name, e.Data));
                    }));
                    break;
                case 4:
                    yield return ("rename-part", Rewrite(seed, (zip, entries) =>
                    {
                        var i = random.Next(entries.Count);
                        entries[i] = (entries[i].Name.Replace("document", "documemt", StringComparison.Ordinal).Replace(".xml", ".xm1", StringComparison.Ordinal), entries[i].Data);
                    }));
                    break;
                case 5:
                    yield return ("huge-declared-size", HugeDeclaredSize(seed, random));
                    break;
                case 6:
                    yield return ("deep-nesting", Rewrite(seed, (zip, entries) =>
                    {
                        var i = entries.FindIndex(e => e.Name == "word/document.xml");
                        var xml = Encoding.UTF8.GetString(entries[i].Data);
                        var depth = 50 + random.Next(400);
                        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + "<w:p><w:r><w:t>嵌套</w:t></w:r></w:p>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));
                        entries[i] = (entries[i].Name, Encoding.UTF8.GetBytes(xml.Replace("<w:body>", "<w:body>" + nested, StringComparison.Ordinal)));
                    }));
                    break;
                default:
                    yield return ("xml-garbage", Rewrite(seed, (zip, entries) =>
                    {
                        var i = random.Next(entries.Count);
                        var data = (byte[])entries[i].Data.Clone();
                        if (data.Length > 0)
                        {
                            var at = random.Next(data.Length);
                            var junk = "<<&\u0000]]>"u8.ToArray();
                            data = [.. data[..at], .. junk, .. data[at..]];
                        }

                        entries[i] = (entries[i].Name, data);
                    }));
                    break;
            }
        }
    }

    /// <summary>A copy of a package with its entries changed by <paramref name="change"/>.</summary>
    public static byte[] Rewrite(byte[] seed, Action<ZipArchive?, List<(string Name, byte[] Data)>> change)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var zip = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read))
        {
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                entries.Add((e.FullName, ms.ToArray()));
            }
        }

        change(null, entries);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, true))
        {
            foreach (var (name, data) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(data);
            }
        }

        return output.ToArray();
    }

    /// <summary>Sets one central-directory entry's declared uncompressed size to a huge value.</summary>
    private static byte[] HugeDeclaredSize(byte[] seed, Random random)
    {
        var bytes = (byte[])seed.Clone();
        var positions = new List<int>();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02)
            {
                positions.Add(i);
            }
        }

        if (positions.Count > 0)
        {
            var at = positions[random.Next(positions.Count)];
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 24), 0xFFFF_FFF0u - (uint)random.Next(1000));
        }

        return bytes;
    }
}
