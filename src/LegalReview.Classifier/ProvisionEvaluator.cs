using System.Text;
using LegalReview.Review;

namespace LegalReview.Classifier;

/// <summary>
/// Measures the review pipeline on labelled provisions: each text is reviewed as the only article of a minimal
/// county-level normative document, and its findings are compared with its label.
/// </summary>
public static class ProvisionEvaluator
{
    /// <summary>The title of the minimal document each provision is wrapped in.</summary>
    public const string WrapperTitle = "某县人民政府关于印发某县管理办法的通知";

    /// <summary>Reviews every row with a review service and counts, per label, the rows flagged with that category and with any finding.</summary>
    /// <param name="rows">The labelled rows.</param>
    /// <param name="review">The review service (its rules, and the classifier when one is registered).</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The figures.</returns>
    public static async Task<PipelineEvaluation> EvaluatePipelineAsync(IReadOnlyList<LabelledProvision> rows, ILegalReviewService review, CancellationToken cancellationToken = default)
    {
        var categories = await FindingCategoriesAsync(rows, review, cancellationToken).ConfigureAwait(false);
        return PipelineEvaluation.From(rows.Select((r, i) => (r.Category, categories[i])).ToArray());
    }

    /// <summary>
    /// Reviews every row (as the only article of the minimal document) and returns, per row, the categories of the
    /// active findings inside the article.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="review">The review service.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>One set of category names per row, in order.</returns>
    public static async Task<IReadOnlyList<HashSet<string>>> FindingCategoriesAsync(IReadOnlyList<LabelledProvision> rows, ILegalReviewService review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(review);
        var outcomes = new List<HashSet<string>>(rows.Count);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(Wrap(row.Text)), writable: false);
            var result = await review.ReviewAsync(content, "provision.txt", null, cancellationToken).ConfigureAwait(false);
            var document = result.Document;
            var articleStart = document.Text.IndexOf(FirstArticle, StringComparison.Ordinal);
            outcomes.Add(result.ActiveFindings.Where(f => f.Location.Offset >= articleStart)
                .Select(f => f.Category.ToName()).ToHashSet(StringComparer.Ordinal));
        }

        return outcomes;
    }

    /// <summary>Classifies every row and compares the most probable label with the row's label.</summary>
    /// <param name="rows">The labelled rows.</param>
    /// <param name="classifier">The classifier.</param>
    /// <returns>Per-label precision, recall, F1, macro-F1 and the confusion matrix.</returns>
    public static ClassifierMetrics EvaluateClassifier(IReadOnlyList<LabelledProvision> rows, ProvisionClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(classifier);
        var predictions = classifier.ClassifyDetailed(rows.Select(r => r.Text).ToArray());
        return ClassifierMetrics.Compute(ClassifierLabels.All, rows.Select((r, i) => (r.Category, predictions[i].Label)));
    }

    private const string FirstArticle = "第一条";

    /// <summary>The minimal document: a title, then the provision as 第一条 (the document-level rules see a bare draft, and only findings inside the article count).</summary>
    internal static string Wrap(string text) => $"{WrapperTitle}\n{FirstArticle}　{text.Replace('\n', ' ').Trim()}\n";
}
