namespace LegalReview.Review;

/// <summary>
/// Configuration of the classifier stage (the <c>Classifier</c> object inside <see cref="ReviewOptions"/>): whether it
/// runs, and from which probability a label is reported. It has effect only when a classifier is registered
/// (<c>services.AddLegalReviewClassifier()</c> from the LegalReview.Classifier package).
/// </summary>
public sealed class ClassifierOptions
{
    /// <summary>Whether the classifier runs. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The probability from which a label is reported, for labels without their own threshold. Default 0.7. The
    /// classifier's verdict is a problem label only when the problem labels together outweigh <c>ok</c>, and its
    /// probability is then that problem mass (at least 0.5): a threshold below 0.5 acts as 0.5.
    /// </summary>
    public double DefaultThreshold { get; set; } = 0.7;

    /// <summary>
    /// Per-label thresholds by label name (e.g. <c>{ "rights": 0.85 }</c>), overriding <see cref="DefaultThreshold"/>.
    /// Default: <c>competition</c> 0.575; configured labels are added to (or replace) it.
    /// </summary>
    /// <remarks>
    /// competition 0.575: the lowest threshold of the grid (0.50–0.95 by 0.025) at which held-out precision on the real
    /// corpus stays at least 0.9, measured with <c>legalreview eval --folds 5 … --augment-weight 0.05</c> (5 folds
    /// grouped by source, 1,936 real rows, held-out predictions only; docs/classifier.md, “Grouped k-fold evaluation”):
    /// recall 0.777, precision 0.903, 1.8 % of the central documents' provisions flagged (at 0.5: 0.822 / 0.886 / 2.2 %);
    /// with the rules beside it (the full pipeline) 0.875 / 0.902.
    /// The other labels have 0 to 3 real rows, too few to choose a threshold from: they keep <see cref="DefaultThreshold"/>.
    /// </remarks>
    public Dictionary<string, double> Thresholds { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["competition"] = 0.575 };

    /// <summary>Whether content findings carry the nearest published case (when the classifier package provides a case finder). Default true.</summary>
    public bool NearestCases { get; set; } = true;

    /// <summary>
    /// The similarity-weighted share of the nearest published cases that must agree on a problem label for the
    /// neighbours' vote to report it by itself (source <see cref="FindingSource.NearestCases"/>); above 1 switches the
    /// signal off. Default 0.85, chosen on grouped folds for precision (docs/classifier.md).
    /// </summary>
    public double NearestCaseVoteThreshold { get; set; } = 0.85;

    /// <summary>The threshold in force for a label.</summary>
    /// <param name="label">The label name.</param>
    /// <returns>The threshold.</returns>
    internal double ThresholdFor(string label) => Thresholds.TryGetValue(label, out var t) ? t : DefaultThreshold;
}
