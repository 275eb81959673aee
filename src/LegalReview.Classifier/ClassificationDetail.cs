namespace LegalReview.Classifier;

/// <summary>A prediction with every label's probability, for evaluation.</summary>
/// <param name="Label">The verdict: the most probable problem label when the problem labels together outweigh <c>ok</c>, else <c>ok</c>.</param>
/// <param name="Probability">The verdict's probability: the problem mass 1 − P(ok), or P(ok).</param>
/// <param name="Scores">The probabilities of all labels, in the order of <see cref="ProvisionClassifier.Labels"/>.</param>
/// <param name="KeyTerms">The words that weighed most towards <paramref name="Label"/>.</param>
public sealed record ClassificationDetail(string Label, double Probability, IReadOnlyList<float> Scores, IReadOnlyList<string> KeyTerms);
