namespace LegalReview.Classifier;

/// <summary>Where the classifier's model comes from and how much it explains.</summary>
public sealed class ProvisionClassifierOptions
{
    /// <summary>
    /// A model trained with <c>legalreview train</c>: its ML.NET .zip, or the scoring table (.table) written beside it,
    /// which loads without ML.NET; the model embedded in this package when null.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>How many words a finding names as the reasons for its label. Default 4.</summary>
    public int MaxKeyTerms { get; set; } = 4;

    /// <summary>The default of <see cref="WordGate"/>.</summary>
    public const double DefaultWordGate = 0.2;

    /// <summary>
    /// Which texts are segmented into words (SmartCn, about as costly as the rest of a review) for a model that reads
    /// words: only those whose problem probability from the characters alone reaches this gate; the others are
    /// <c>ok</c> without it. 0 segments every text; values above 0.5 act as 0.5. Default 0.2 (see docs/classifier.md:
    /// no held-out competition row was lost to it).
    /// </summary>
    public double WordGate { get; set; } = DefaultWordGate;
}
