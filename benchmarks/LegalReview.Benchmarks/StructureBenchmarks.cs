using BenchmarkDotNet.Attributes;
using LegalReview.Documents.Reading;

namespace LegalReview.Benchmarks;

/// <summary>
/// The structure stage alone: <see cref="DocumentReader.ReadText"/> over the seed drafts' text, so that the cost of
/// recognising title, 文号, chapters, articles, clauses and items is measured without the .docx package.
/// </summary>
[MemoryDiagnoser]
public class StructureBenchmarks
{
    private readonly DocumentReader _reader = new();
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup() => _texts = SeedFiles.LoadDocx().Select(f => _reader.Read(f.Bytes, f.Name).Text).ToArray();

    [Benchmark(Description = "DocumentReader.ReadText (structure)")]
    public int ReadText()
    {
        var provisions = 0;
        foreach (var text in _texts)
        {
            provisions += _reader.ReadText(text).AllProvisions.Count;
        }

        return provisions;
    }
}
