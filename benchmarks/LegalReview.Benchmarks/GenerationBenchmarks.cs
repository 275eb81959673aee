using BenchmarkDotNet.Attributes;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Annotation;
using LegalReview.Generation.Opinion;
using LegalReview.Knowledge;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Benchmarks;

/// <summary>The generation stage: the opinion letter and the annotated draft (Word comments) of each seed draft.</summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private (byte[] Bytes, ReviewResult Result)[] _reviews = [];

    [GlobalSetup]
    public void Setup()
    {
        var reader = new DocumentReader();
        var engine = new ReviewEngine(BuiltInRules.All, new ReviewOptions(), KnowledgeBase.Default);
        _reviews = SeedFiles.LoadDocx().Select(f => (f.Bytes, engine.Review(reader.Read(f.Bytes, f.Name)))).ToArray();
    }

    [Benchmark(Description = "opinion letter (.docx)")]
    public long OpinionLetter()
    {
        long bytes = 0;
        foreach (var (_, result) in _reviews)
        {
            using var ms = new MemoryStream();
            OpinionLetterWriter.Write(result, new OpinionLetterInput
            {
                ReviewingBody = "某市司法局",
                DraftingUnit = "某市市场监督管理局",
                Conclusion = result.HasErrors ? ReviewConclusion.LawfulAfterRevision : ReviewConclusion.Lawful,
                Date = new DateOnly(2026, 11, 27),
            }, ms);
            bytes += ms.Length;
        }

        return bytes;
    }

    [Benchmark(Description = "annotated draft (Word comments)")]
    public long AnnotatedDraft()
    {
        long bytes = 0;
        foreach (var (source, result) in _reviews)
        {
            using var input = new MemoryStream(source, writable: false);
            using var output = new MemoryStream();
            DraftAnnotator.Annotate(input, output, result);
            bytes += output.Length;
        }

        return bytes;
    }
}
