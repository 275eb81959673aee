namespace LegalReview.Classifier;

/// <summary>The row shape the model reads. The label is part of it because the saved pipeline maps it to a key; at prediction time it stays empty.</summary>
internal sealed class ModelInput
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}
