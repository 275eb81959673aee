using BenchmarkDotNet.Attributes;
using LegalReview.Classifier;
using LegalReview.Documents.Reading;
using LegalReview.Knowledge;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Benchmarks;

/// <summary>
/// How the cost of one review grows with the document: one generated .txt draft of 1k to 16k articles (the text of
/// <c>LegalReview.Corpus long N</c>), read and reviewed by every built-in rule and the classifier, as <c>check</c>
/// does. Linear growth doubles the mean from one row to the next.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly DocumentReader _reader = new();
    private string _text = string.Empty;
    private ReviewEngine _engine = null!;

    /// <summary>Articles in the draft.</summary>
    [Params(1000, 2000, 4000, 8000, 16000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = ScalingDrafts.Text(Articles);
        _engine = new ReviewEngine(BuiltInRules.All, new ReviewOptions(), KnowledgeBase.Default, classifier: new ProvisionClassifier());
    }

    [Benchmark(Description = "read + review (all rules, classifier)")]
    public int ReadAndReview() => _engine.Review(_reader.ReadText(_text, "long.txt")).Findings.Count;
}
