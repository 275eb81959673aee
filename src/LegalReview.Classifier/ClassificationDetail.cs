namespace LegalReview.Classifier;

/// <summary>A prediction with every label's probability, for evaluation.</summary>
/// <param name="Label">The most probable label.</param>
/// <param name="Probability">Its probability.</param>
/// <param name="Scores">The probabilities of all labels, in the order of <see cref="ProvisionClassifier.Labels"/>.</param>
/// <param name="KeyTerms">The words that weighed most towards <paramref name="Label"/>.</param>
public sealed record ClassificationDetail(string Label, double Probability, IReadOnlyList<float> Scores, IReadOnlyList<string> KeyTerms);
