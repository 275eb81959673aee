using LegalReview.Review;

namespace LegalReview.Classifier;

/// <summary>
/// Turns a reviewer's decisions on content findings into corpus rows, so the next <c>legalreview train</c> learns
/// from them: an accepted finding becomes a row labelled with its category, a rejected one a row labelled <c>ok</c>.
/// The row text is the whole provision the finding points to, which is what the classifier sees.
/// </summary>
public static class FeedbackExporter
{
    /// <summary>Builds corpus rows from decisions on the findings of one review.</summary>
    /// <param name="result">The review.</param>
    /// <param name="decisions">Per finding, whether the reviewer accepted it (true) or rejected it (false).</param>
    /// <param name="reviewer">Who decided, recorded in each row's note.</param>
    /// <returns>One row per decided content finding, duplicates (same text and label) removed.</returns>
    public static IReadOnlyList<LabelledProvision> Export(ReviewResult result, IEnumerable<(Finding Finding, bool Accepted)> decisions, string reviewer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(decisions);
        var rows = new List<LabelledProvision>();
        var seen = new HashSet<(string, string)>();
        foreach (var (finding, accepted) in decisions)
        {
            var label = finding.Category.ToName();
            if (!ClassifierLabels.TryGetCategory(label, out _))
            {
                continue;
            }

            var provision = result.Document.ProvisionAt(finding.Location.Offset);
            var text = provision is { Text.Length: > 0 } ? provision.Text : finding.Quote;
            var category = accepted ? label : ClassifierLabels.Ok;
            if (text.Trim().Length == 0 || !seen.Add((text, category)))
            {
                continue;
            }

            var decision = accepted ? "采纳" : "不采纳";
            rows.Add(new LabelledProvision(
                text,
                category,
                $"feedback:{finding.RuleId}",
                $"{reviewer}{decision}：{result.Document.SourceName} {finding.Location.Label}（{finding.Title}）"));
        }

        return rows;
    }

    /// <summary>Appends decisions to a corpus file in JSONL.</summary>
    /// <param name="path">The JSONL file (created when missing).</param>
    /// <param name="rows">The rows from <see cref="Export"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static async Task AppendAsync(string path, IEnumerable<LabelledProvision> rows, CancellationToken cancellationToken = default)
    {
        using var writer = new StringWriter();
        CorpusFile.Write(rows, writer);
        await File.AppendAllTextAsync(path, writer.ToString(), new System.Text.UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
    }
}
