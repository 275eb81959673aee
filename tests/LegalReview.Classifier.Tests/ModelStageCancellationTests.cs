using System.Text;
using LegalReview.Documents.Reading;
using LegalReview.Review;

namespace LegalReview.Classifier.Tests;

/// <summary>
/// A request's time limit must stop a review inside the model stages too: the classifier and the nearest-case look-up
/// are called in slices, and the review gives up at the next slice once its token is cancelled.
/// </summary>
[TestFixture]
public sealed class ModelStageCancellationTests
{
    /// <summary>A classifier (and finder) that cancels the review's token on its first call and counts its calls.</summary>
    private sealed class CancellingModel(CancellationTokenSource source, bool cancelInFinder) : IProvisionClassifier, INearestCaseFinder
    {
        public int ClassifyCalls { get; private set; }

        public int FindCalls { get; private set; }

        public IReadOnlyList<ClassifierPrediction> Classify(IReadOnlyList<string> texts)
        {
            ClassifyCalls++;
            if (!cancelInFinder)
            {
                source.Cancel();
            }

            return texts.Select(_ => new ClassifierPrediction("competition", 0.99, [])).ToArray();
        }

        public IReadOnlyList<NearestCase?> FindNearest(IReadOnlyList<string> texts)
        {
            FindCalls++;
            if (cancelInFinder)
            {
                source.Cancel();
            }

            return texts.Select(_ => (NearestCase?)null).ToArray();
        }
    }

    /// <summary>A draft of many distinct articles, so that both stages take several slices.</summary>
    private static string Draft(int articles)
    {
        var sb = new StringBuilder("某县促进产业发展若干措施\n");
        for (var i = 1; i <= articles; i++)
        {
            sb.Append("第").Append(i).Append("条 第").Append(i).Append("类企业享受扶持的，须在本县设立独立核算的子公司。\n");
        }

        return sb.ToString();
    }

    [Test]
    public void CancellationDuringClassification_StopsTheReview_BeforeTheNextSlice()
    {
        using var source = new CancellationTokenSource();
        var model = new CancellingModel(source, cancelInFinder: false);
        var document = new DocumentReader().ReadText(Draft(200), "draft.txt");
        var engine = new ReviewEngine([], new ReviewOptions(), classifier: model);

        Assert.Throws<OperationCanceledException>(() => engine.Review(document, cancellationToken: source.Token));
        Assert.That(model.ClassifyCalls, Is.EqualTo(1), "no slice is classified after the token is cancelled");
        Assert.That(model.FindCalls, Is.Zero);
    }

    [Test]
    public void CancellationDuringTheNearestCaseLookUp_StopsTheReview_BeforeTheNextSlice()
    {
        using var source = new CancellationTokenSource();
        var model = new CancellingModel(source, cancelInFinder: true);
        var document = new DocumentReader().ReadText(Draft(200), "draft.txt");
        var engine = new ReviewEngine([], new ReviewOptions(), classifier: model);

        Assert.Throws<OperationCanceledException>(() => engine.Review(document, cancellationToken: source.Token));
        Assert.That(model.FindCalls, Is.EqualTo(1), "no slice is looked up after the token is cancelled");
        Assert.That(model.ClassifyCalls, Is.GreaterThan(1), "the classifier was called in slices");
    }

    [Test]
    public void WithoutCancellation_EveryUnitIsClassified_AcrossSlices()
    {
        var model = new CancellingModel(new CancellationTokenSource(), cancelInFinder: true);
        var document = new DocumentReader().ReadText(Draft(100), "draft.txt");
        var result = new ReviewEngine([], new ReviewOptions(), classifier: model).Review(document, cancellationToken: CancellationToken.None);

        var hinted = result.Findings.Where(f => f.Source == FindingSource.Classifier).Select(f => f.Quote).ToHashSet(StringComparer.Ordinal);
        Assert.That(Enumerable.Range(1, 100).Where(i => !hinted.Any(q => q.StartsWith($"第{i}类企业", StringComparison.Ordinal))), Is.Empty, "every article has its hint, none lost at slice borders");
    }
}
