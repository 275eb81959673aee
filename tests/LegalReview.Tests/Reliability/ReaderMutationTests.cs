using System.Diagnostics;
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
        foreach (var (kind, bytes) in DocxMutations.Generate(seeds, random).Take(2400))
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
}
