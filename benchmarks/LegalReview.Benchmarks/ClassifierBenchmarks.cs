using BenchmarkDotNet.Attributes;
using LegalReview.Classifier;
using LegalReview.Documents.Reading;

namespace LegalReview.Benchmarks;

/// <summary>
/// The classifier stage: the embedded ML.NET model over every provision of the seed drafts, on one thread and on
/// all cores (the model rents one prediction engine per thread). Provisions per second = provisions / mean time.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private ProvisionClassifier _classifier = null!;
    private string[][] _batches = [];

    /// <summary>The number of provisions classified per operation.</summary>
    public int Provisions => _batches.Sum(b => b.Length);

    [GlobalSetup]
    public void Setup()
    {
        var reader = new DocumentReader();
        _batches = SeedFiles.LoadDocx()
            .Select(f => reader.Read(f.Bytes, f.Name).AllProvisions.Select(p => p.Text).Where(t => t.Length > 0).ToArray())
            .ToArray();
        _classifier = new ProvisionClassifier();
        _classifier.Classify(_batches[0]);
        Console.WriteLine($"// provisions per operation: {Provisions}");
    }

    [Benchmark(Baseline = true, Description = "classify, single thread")]
    public int SingleThread()
    {
        var n = 0;
        foreach (var batch in _batches)
        {
            n += _classifier.Classify(batch).Count;
        }

        return n;
    }

    [Benchmark(Description = "classify, parallel (all cores)")]
    public int Parallel()
    {
        var n = 0;
        System.Threading.Tasks.Parallel.ForEach(_batches, batch => Interlocked.Add(ref n, _classifier.Classify(batch).Count));
        return n;
    }
}
