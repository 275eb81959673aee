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

    private static readonly Lazy<IReadOnlyList<LabelledProvision>> RealCorpusRows = new(() =>
        RealFiles.SelectMany(f => CorpusFile.ReadAsync(f).GetAwaiter().GetResult()).ToArray());

    private static readonly Lazy<bool[]> TestSide = new(() => CorpusSplit.AssignTest(CorpusRows.Value));

    public static string Root => RootPath.Value;

    /// <summary>The corpus files the shipped model is trained from, in the order the README's train command names them.</summary>
    public static string[] CorpusFiles =>
    [
        Path.Combine(Root, "seeds", "training", "handwritten.jsonl"),
        Path.Combine(Root, "seeds", "training", "generated.jsonl"),
    ];

    public static IReadOnlyList<LabelledProvision> Corpus => CorpusRows.Value;

    /// <summary>
    /// The real corpus files (seeds/cases/*.jsonl, not the case bank below it), in ordinal order as
    /// <c>legalreview train --cases seeds/cases</c> reads them.
    /// </summary>
    public static string[] RealFiles => Directory.GetFiles(Path.Combine(Root, "seeds", "cases"), "*.jsonl").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The real rows (published cases, Zhejiang lists, bulletin summaries, the central documents' provisions).</summary>
    public static IReadOnlyList<LabelledProvision> RealRows => RealCorpusRows.Value;

    /// <summary>How many times each real row counts in the shipped model's training (<c>--real-weight</c>).</summary>
    public const int ShippedRealWeight = 1;

    /// <summary>The training weight of each synthetic row in the shipped model (<c>--data-weight</c>; a real row weighs 1).</summary>
    public const float ShippedAugmentationWeight = 0.05f;

    /// <summary>
    /// The rows the shipped model was trained on: every synthetic row (<c>--split all</c>) with weight
    /// <see cref="ShippedAugmentationWeight"/> plus every real row <see cref="ShippedRealWeight"/> times, as in
    /// docs/classifier.md.
    /// </summary>
    public static IReadOnlyList<LabelledProvision> ShippedTrainingRows =>
        Corpus.Select(r => r with { Weight = ShippedAugmentationWeight }).Concat(Enumerable.Repeat(RealRows, ShippedRealWeight).SelectMany(r => r)).ToArray();

    public static bool[] IsTest => TestSide.Value;

    public static IReadOnlyList<LabelledProvision> TrainRows => Corpus.Where((_, i) => !IsTest[i]).ToArray();

    public static IReadOnlyList<LabelledProvision> TestRows => Corpus.Where((_, i) => IsTest[i]).ToArray();

    /// <summary>The published cases used as the evaluation set, from the shared folder beside the repository; null without it.</summary>
    public static string? DevCasesPath => Path.Combine(Root, "..", "shared", "data", "cases", "published-cases-dev.jsonl") is var path && File.Exists(path) ? Path.GetFullPath(path) : null;
}
