namespace LegalReview.Classifier;

/// <summary>The row shape the model reads. The label is part of it because the saved pipeline maps it to a key; at prediction time it stays empty.</summary>
internal sealed class ModelInput
{
    public string Text { get; set; } = string.Empty;

    /// <summary>The text's SmartCn words joined by spaces (<see cref="WordSegmenter.Joined"/>); empty for a model without word features.</summary>
    public string Words { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    /// <summary>The row's weight in training (synthetic augmentation counts less than real text).</summary>
    public float Weight { get; set; } = 1f;
}
