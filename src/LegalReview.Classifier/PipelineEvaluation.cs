namespace LegalReview.Classifier;

/// <summary>What <c>legalreview eval</c> reports for the review pipeline.</summary>
public sealed class PipelineEvaluation
{
    private PipelineEvaluation(IReadOnlyList<PipelineLabelFigures> labels, double okFlagRate)
    {
        Labels = labels;
        OkFlagRate = okFlagRate;
    }

    /// <summary>Per label, in label order (problem labels as known to the classifier first, then others, then ok).</summary>
    public IReadOnlyList<PipelineLabelFigures> Labels { get; }

    /// <summary>The share of <c>ok</c> rows with any finding; 0 when there are none.</summary>
    public double OkFlagRate { get; }

    internal static PipelineEvaluation From(IReadOnlyList<(string Label, HashSet<string> Categories)> outcomes)
    {
        var order = LegalReview.Review.ClassifierLabels.All.ToList();
        var labels = outcomes.Select(o => o.Label).Distinct(StringComparer.Ordinal)
            .OrderBy(l => order.IndexOf(l) is var i && i >= 0 ? i : order.Count)
            .ThenBy(l => l, StringComparer.Ordinal);
        var figures = labels.Select(label =>
        {
            var own = outcomes.Where(o => o.Label == label).ToArray();
            var same = own.Count(o => o.Categories.Contains(label));
            var any = own.Count(o => o.Categories.Count > 0);
            var flaggedAsLabel = outcomes.Count(o => o.Categories.Contains(label));
            return new PipelineLabelFigures(
                label,
                own.Length,
                same,
                any,
                own.Length == 0 ? 0 : (double)same / own.Length,
                flaggedAsLabel == 0 ? 0 : (double)same / flaggedAsLabel);
        }).ToArray();
        var ok = outcomes.Where(o => o.Label == LegalReview.Review.ClassifierLabels.Ok).ToArray();
        return new PipelineEvaluation(figures, ok.Length == 0 ? 0 : (double)ok.Count(o => o.Categories.Count > 0) / ok.Length);
    }
}

/// <summary>The pipeline's figures for one label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Rows">Rows with this label.</param>
/// <param name="FlaggedSameCategory">Of those, rows with a finding whose category is the label.</param>
/// <param name="FlaggedAny">Of those, rows with any finding.</param>
/// <param name="Recall">FlaggedSameCategory / Rows.</param>
/// <param name="Precision">FlaggedSameCategory / all rows (any label) with a finding of this category; 0 when none.</param>
public sealed record PipelineLabelFigures(string Label, int Rows, int FlaggedSameCategory, int FlaggedAny, double Recall, double Precision);
