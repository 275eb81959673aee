using System.Diagnostics;
using System.Globalization;
using LegalReview.Classifier;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Benchmarks;

/// <summary>
/// <c>model-times FOLDER [MODEL ...]</c>: in one warmed process, reviews every .docx and .txt of a folder four times
/// with all rules and each classifier model in turn (the embedded one, then each model file given: a .table or .zip,
/// e.g. an earlier commit's table from <c>git show</c>), five rounds (the first pays for the JIT), and prints per round and model the whole review
/// time, the time spent in the classifier and nearest-case calls, and how many texts each saw. Compares two models'
/// cost where the whole-process figures of <c>cost-vs-baseline.sh</c> are too noisy. A profiling aid, not a benchmark.
/// </summary>
internal static class ModelTimings
{
    public static int Run(string folder, IReadOnlyList<string> models)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"no .docx or .txt in {folder}");
            return 1;
        }

        var candidates = new[] { (Name: "embedded", Path: (string?)null) }.Concat(models.Select(m => (Name: Path.GetFileName(m), Path: (string?)m))).ToArray();
        for (var round = 1; round <= 5; round++)
        {
            foreach (var (name, path) in candidates)
            {
                var timed = new Timed(new ProvisionClassifier(new ProvisionClassifierOptions { ModelPath = path }));
                var service = new LegalReviewService(new DocumentReader(), new ReviewEngine(BuiltInRules.All, new ReviewOptions(), classifier: timed));
                Review(service, files[..1]); // loads the model, the case index and SmartCn's dictionary
                timed.Reset();
                var watch = Stopwatch.StartNew();
                for (var repeat = 0; repeat < 4; repeat++)
                {
                    Review(service, files);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}  {name,-28} {files.Length * 4} reviews: {watch.ElapsedMilliseconds,6} ms; classifier {timed.Classifying.ElapsedMilliseconds,5} ms ({timed.Texts} texts, {timed.Problems} problem verdicts); nearest case {timed.Finding.ElapsedMilliseconds,5} ms ({timed.Looked} texts)"));
            }
        }

        return 0;
    }

    private static void Review(LegalReviewService service, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            service.ReviewAsync(stream, file, null).GetAwaiter().GetResult();
        }
    }

    /// <summary>Forwards to the classifier and times its two calls.</summary>
    private sealed class Timed(ProvisionClassifier inner) : IProvisionClassifier, INearestCaseFinder
    {
        public Stopwatch Classifying { get; } = new();

        public Stopwatch Finding { get; } = new();

        public int Texts { get; private set; }

        public int Problems { get; private set; }

        public int Looked { get; private set; }

        public void Reset()
        {
            Classifying.Reset();
            Finding.Reset();
            Texts = Problems = Looked = 0;
        }

        public IReadOnlyList<ClassifierPrediction> Classify(IReadOnlyList<string> texts)
        {
            Classifying.Start();
            var predictions = inner.Classify(texts);
            Classifying.Stop();
            Texts += texts.Count;
            Problems += predictions.Count(p => p.Label != ClassifierLabels.Ok);
            return predictions;
        }

        public IReadOnlyList<NearestCase?> FindNearest(IReadOnlyList<string> texts)
        {
            Finding.Start();
            var cases = inner.FindNearest(texts);
            Finding.Stop();
            Looked += texts.Count;
            return cases;
        }
    }
}
