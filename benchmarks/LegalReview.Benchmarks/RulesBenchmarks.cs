using BenchmarkDotNet.Attributes;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Knowledge;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Benchmarks;

/// <summary>The rules stage alone: every built-in rule through <see cref="ReviewEngine"/> over documents read beforehand.</summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private NormativeDocument[] _documents = [];
    private ReviewEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        var reader = new DocumentReader();
        _documents = SeedFiles.LoadDocx().Select(f => reader.Read(f.Bytes, f.Name)).ToArray();
        _engine = new ReviewEngine(BuiltInRules.All, new ReviewOptions(), KnowledgeBase.Default);
    }

    [Benchmark(Description = "ReviewEngine.Review (60 rules)")]
    public int Review()
    {
        var findings = 0;
        foreach (var d in _documents)
        {
            findings += _engine.Review(d).Findings.Count;
        }

        return findings;
    }
}
