using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using LegalReview.Documents.Reading;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Reliability;

/// <summary>
/// Derives thousands of damaged packages from the seed drafts, deterministically, and asserts for each that the reader
/// either reads it or throws its typed error — never another exception, never a hang, never unbounded memory.
/// </summary>
public sealed class ReaderMutationTests
{
    private const int Seed = 20241127;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);
    private const long AllocationBudget = 256L * 1024 * 1024;

    [Test]
    public void TwoThousandDamagedPackages_OnlyEverGiveTheTypedError()
    {
        var reader = new DocumentReader();
        var seeds = Directory.GetFiles(RepoPaths.Drafts, "*.docx").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var random = new Random(Seed);
        var outcomes = new Dictionary<string, int>();
        var count = 0;
        foreach (var (kind, bytes) in Mutations(seeds, random).Take(2400))
        {
            count++;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            string outcome;
            try
            {
                reader.Read(bytes, $"{kind}-{count}.docx");
                outcome = "read";
            }
            catch (DocumentReadException ex)
            {
                outcome = ex.Reason.ToString();
            }
            catch (Exception ex)
            {
                Assert.Fail($"mutation {kind} #{count} escaped with {ex.GetType().Name}: {ex.Message}");
                return;
            }

            watch.Stop();
            Assert.That(watch.Elapsed, Is.LessThan(Budget), $"mutation {kind} #{count} took {watch.Elapsed}");
            Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(AllocationBudget), $"mutation {kind} #{count} allocated too much");
            var key = kind + ":" + outcome;
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }

        TestContext.Out.WriteLine($"{count} damaged packages: " + string.Join(", ", outcomes.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value}")));
        Assert.That(count, Is.GreaterThanOrEqualTo(2000));
        Assert.That(outcomes.Keys.Select(k => k.Split(':')[0]).Distinct().Count(), Is.GreaterThanOrEqualTo(7), "every kind of damage was tried");
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
