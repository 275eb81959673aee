using System.Diagnostics;
using System.Globalization;
using LegalReview.Classifier;
using LegalReview.Corpus;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Benchmarks;

/// <summary>
/// <c>scaling-times [ARTICLES...]</c>: for one generated draft of each size (default 1k, 2k, 4k, 8k, 16k articles),
/// times each stage of a review on one thread (read and structure, every rule alone, the classifier stage, the
/// engine's findings pass) and prints each stage's growth from one size to the next, so that a step whose cost grows
/// faster than the text stands out. A profiling aid, not a benchmark: <see cref="ScalingBenchmarks"/> measures.
/// </summary>
internal static class ScalingTimings
{
    public static int Run(IReadOnlyList<int> sizes)
    {
        var reader = new DocumentReader();
        var classifier = new ProvisionClassifier();
        var all = new ReviewEngine(BuiltInRules.All, new ReviewOptions(), classifier: classifier);
        var rulesOnly = new ReviewEngine(BuiltInRules.All, new ReviewOptions());
        var modelOnly = new ReviewEngine([], new ReviewOptions(), classifier: classifier);
        var classifierOnly = new ReviewEngine([], new ReviewOptions { Classifier = new ClassifierOptions { NearestCases = false } }, classifier: classifier);
        var previous = new Dictionary<string, double>(StringComparer.Ordinal);
        var previousAllocated = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var size in sizes)
        {
            var text = ScalingDrafts.Text(size);
            var times = new Dictionary<string, double>(StringComparer.Ordinal);
            var allocated = new Dictionary<string, double>(StringComparer.Ordinal);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var doc = reader.ReadText(text, "long.txt");
            times["read"] = watch.Elapsed.TotalMilliseconds;
            allocated["read"] = Megabytes(ref bytes);
            foreach (var rule in BuiltInRules.All)
            {
                var engine = new ReviewEngine([rule]);
                Megabytes(ref bytes);
                watch.Restart();
                engine.Review(doc);
                times[rule.Descriptor.Id] = watch.Elapsed.TotalMilliseconds;
                allocated[rule.Descriptor.Id] = Megabytes(ref bytes);
            }

            foreach (var (stage, engine) in new[] { ("all rules, no classifier", rulesOnly), ("classifier + nearest cases, no rule", modelOnly), ("classifier alone", classifierOnly) })
            {
                Megabytes(ref bytes);
                watch.Restart();
                engine.Review(doc);
                times[stage] = watch.Elapsed.TotalMilliseconds;
                allocated[stage] = Megabytes(ref bytes);
            }

            Megabytes(ref bytes);
            watch.Restart();
            var result = all.Review(doc);
            times["review (all rules + classifier)"] = watch.Elapsed.TotalMilliseconds;
            allocated["review (all rules + classifier)"] = Megabytes(ref bytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {size} articles: {text.Length} characters, {doc.AllProvisions.Count} provisions, {result.Findings.Count} findings"));
            foreach (var (stage, ms) in times.OrderByDescending(t => t.Value).Take(12))
            {
                var growth = previous.TryGetValue(stage, out var before) && before > 0 ? string.Create(CultureInfo.InvariantCulture, $"{ms / before,6:F2}x") : "      ";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-34} {ms,10:F1} ms  {growth}  {allocated[stage],9:F1} MB allocated"));
            }

            // Allocation is repeatable where time is not: the stages that allocate most, with their growth.
            foreach (var (stage, mb) in allocated.OrderByDescending(a => a.Value).Take(5))
            {
                var growth = previousAllocated.TryGetValue(stage, out var before) && before > 0 ? string.Create(CultureInfo.InvariantCulture, $"{mb / before,6:F2}x") : "      ";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  allocates most: {stage,-34} {mb,9:F1} MB  {growth}"));
            }

            previousAllocated = allocated;

            previous = times;
        }

        return 0;
    }

    /// <summary>Megabytes this thread allocated since <paramref name="mark"/>, which moves to now.</summary>
    private static double Megabytes(ref long mark)
    {
        var now = GC.GetAllocatedBytesForCurrentThread();
        var mb = (now - mark) / 1048576.0;
        mark = now;
        return mb;
    }
}

/// <summary>Long generated drafts for the scaling measurements, the same text as <c>LegalReview.Corpus long N</c>.</summary>
internal static class ScalingDrafts
{
    public static string Text(int articles) =>
        new CorpusGenerator(Path.Combine(SeedFiles.DraftsFolder(), "src"), 1).LongText(articles);
}
