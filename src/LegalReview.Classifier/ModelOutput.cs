using Microsoft.ML.Data;

namespace LegalReview.Classifier;

/// <summary>What a prediction returns: class probabilities and the n-gram features, which the explanation needs.</summary>
internal sealed class ModelOutput
{
    public float[] Score { get; set; } = [];

    public VBuffer<float> Features { get; set; }
}
