using LegalReview.Classifier;

namespace LegalReview.Classifier.Tests.Support;

/// <summary>Locates the repository and loads the corpus once for all tests.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (LegalReview.sln) not found above the test directory");
    });

    private static readonly Lazy<IReadOnlyList<LabelledProvision>> CorpusRows = new(() =>
        CorpusFiles.SelectMany(f => CorpusFile.ReadAsync(f).GetAwaiter().GetResult()).ToArray());

    private static readonly Lazy<bool[]> TestSide = new(() => CorpusSplit.AssignTest(CorpusRows.Value));

    public static string Root => RootPath.Value;

    /// <summary>The corpus files the shipped model is trained from, in the order the README's train command names them.</summary>
    public static string[] CorpusFiles =>
    [
        Path.Combine(Root, "seeds", "training", "handwritten.jsonl"),
        Path.Combine(Root, "seeds", "training", "generated.jsonl"),
    ];

    public static IReadOnlyList<LabelledProvision> Corpus => CorpusRows.Value;

    public static bool[] IsTest => TestSide.Value;

    public static IReadOnlyList<LabelledProvision> TrainRows => Corpus.Where((_, i) => !IsTest[i]).ToArray();

    public static IReadOnlyList<LabelledProvision> TestRows => Corpus.Where((_, i) => IsTest[i]).ToArray();

    /// <summary>The published cases used as the evaluation set, from the shared folder beside the repository; null without it.</summary>
    public static string? DevCasesPath => Path.Combine(Root, "..", "shared", "data", "cases", "published-cases-dev.jsonl") is var path && File.Exists(path) ? Path.GetFullPath(path) : null;
}
