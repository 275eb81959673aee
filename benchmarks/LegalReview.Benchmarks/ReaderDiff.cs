using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using LegalReview.Benchmarks.Baseline;
using LegalReview.Documents;
using LegalReview.Documents.Reading;

namespace LegalReview.Benchmarks;

/// <summary>
/// `reader-diff [count]`: reads the seed drafts and the damaged packages of Reliability/ReaderMutationTests (same seed,
/// same generator) with both the current reader and the frozen pre-issue-9 baseline, and lists every package where the
/// outcome (error reason, or the document's text, properties, notes and comments) differs.
/// </summary>
internal static class ReaderDiff
{
    private const int Seed = 20241127;

    public static int Run(int count, string? dumpFolder = null)
    {
        var files = SeedFiles.LoadDocx();
        var seeds = files.Select(f => f.Bytes).ToArray();
        var options = DocumentReaderOptions.Default;
        var differences = 0;
        var histogram = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var extra = Environment.GetEnvironmentVariable("READER_DIFF_FILES") is { Length: > 0 } dir
            ? Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(f => ("file", Path.GetFileName(f), File.ReadAllBytes(f))).ToArray()
            : [];
        var cases = files.Select(f => ("seed", f.Name, f.Bytes)).Concat(extra)
            .Concat(Mutations(seeds, new Random(Seed)).Take(count).Select((m, i) => (m.Kind, $"{m.Kind}-{i + 1}.docx", m.Bytes)));
        foreach (var (kind, name, bytes) in cases)
        {
            var now = Outcome(bytes, name, (s, n) => DocxReader.Read(s, n, options, CancellationToken.None));
            var before = Outcome(bytes, name, (s, n) => BaselineDocxReader.Read(s, n, options, CancellationToken.None));
            var key = kind + ":" + now.Split('\n')[0];
            histogram[key] = histogram.GetValueOrDefault(key) + 1;
            if (Comparable(now) != Comparable(before))
            {
                differences++;
                if (dumpFolder is not null)
                {
                    Directory.CreateDirectory(dumpFolder);
                    File.WriteAllBytes(Path.Combine(dumpFolder, name), bytes);
                }

                Console.WriteLine($"DIFF {name} [{Entries(bytes)}]\n  before: {Shorten(before)}\n  now:    {Shorten(now)}");
            }
        }

        Console.WriteLine(string.Join(", ", histogram.Select(k => $"{k.Key}={k.Value}")));
        Console.WriteLine($"{differences} difference(s)");
        return differences == 0 ? 0 : 1;
    }

    /// <summary>An error compares by its reason only (messages differ between the package layers); a read by everything.</summary>
    private static string Comparable(string outcome) => outcome.StartsWith("read\n", StringComparison.Ordinal) ? outcome : outcome.Split('\n')[0];

    private static string Entries(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return string.Join(" ", zip.Entries.Select(e => e.FullName));
        }
        catch (InvalidDataException)
        {
            return "unreadable zip";
        }
    }

    private static string Shorten(string s) => s.Length > 300 ? s[..300] + "…" : s;

    private static string Outcome(byte[] bytes, string name, Func<Stream, string, NormativeDocument> read)
    {
        try
        {
            var head = bytes.AsSpan();
            if (!head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) && !head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]))
            {
                return "not-zip";
            }

            using var ms = new MemoryStream(bytes, writable: false);
            var doc = read(ms, name);
            return "read\n" + doc.Properties + "\n" + doc.Text + "\n" + string.Join("|", doc.Notes) + "\n" + string.Join("|", doc.Comments) + "\n" + doc.Articles.Count;
        }
        catch (DocumentReadException ex)
        {
            return ex.Reason + "\n" + ex.Message + " | " + ex.InnerException?.GetType().Name + ": " + ex.InnerException?.Message;
        }
        catch (Exception ex)
        {
            return "ESCAPED " + ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static IEnumerable<(string Kind, byte[] Bytes)> Mutations(byte[][] seeds, Random random)
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

    private static byte[] Rewrite(byte[] seed, Action<ZipArchive?, List<(string Name, byte[] Data)>> change)
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
