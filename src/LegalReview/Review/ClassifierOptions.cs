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

    /// <summary>The probability from which a label is reported, for labels without their own threshold. Default 0.7.</summary>
    public double DefaultThreshold { get; set; } = 0.7;

    /// <summary>Per-label thresholds by label name (e.g. <c>{ "rights": 0.85 }</c>), overriding <see cref="DefaultThreshold"/>.</summary>
    public Dictionary<string, double> Thresholds { get; set; } = new(StringComparer.OrdinalIgnoreCase);

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
