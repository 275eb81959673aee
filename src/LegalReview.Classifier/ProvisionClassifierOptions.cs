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
}
