using System.Diagnostics;
using System.Globalization;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Benchmarks;

/// <summary>
/// <c>rule-times DIR</c>: reads every .docx in a folder once, then runs each rule alone over all of them and prints
/// where the rules' time goes, most expensive first. A profiling aid for the batch target, not a benchmark.
/// </summary>
internal static class RuleTimings
{
    public static int Run(string folder)
    {
        var reader = new DocumentReader();
        var docs = Directory.GetFiles(folder, "*.docx").Order(StringComparer.Ordinal).Select(f => reader.Read(File.ReadAllBytes(f), Path.GetFileName(f))).ToList();
        var rows = new List<(string Id, double Ms)>();
        foreach (var rule in BuiltInRules.All)
        {
            var engine = new ReviewEngine([rule]);
            foreach (var d in docs.Take(20))
            {
                engine.Review(d);
            }

            var watch = Stopwatch.StartNew();
            foreach (var d in docs)
            {
                engine.Review(d);
            }

            rows.Add((rule.Descriptor.Id, watch.Elapsed.TotalMilliseconds));
        }

        var all = new ReviewEngine(BuiltInRules.All);
        var allWatch = Stopwatch.StartNew();
        var findings = 0;
        foreach (var d in docs)
        {
            findings += all.Review(d).Findings.Count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all rules in one engine: {allWatch.Elapsed.TotalMilliseconds:F0} ms, {findings} findings"));
        var total = rows.Sum(r => r.Ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{docs.Count} documents, all rules {total:F0} ms ({total / docs.Count:F2} ms per document, one thread)"));
        foreach (var (id, ms) in rows.OrderByDescending(r => r.Ms).Take(15))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id}  {ms,8:F0} ms  {100 * ms / total,5:F1}%"));
        }

        return 0;
    }
}
