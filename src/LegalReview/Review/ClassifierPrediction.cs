namespace LegalReview.Review;

/// <summary>The classifier's verdict on one provision text.</summary>
/// <param name="Label">The most probable label: a content category name (<c>license</c>, <c>penalty</c> …) or <see cref="ClassifierLabels.Ok"/>.</param>
/// <param name="Probability">The probability of <paramref name="Label"/>, from 0 to 1.</param>
/// <param name="KeyTerms">The words of the text that weighed most towards <paramref name="Label"/>, strongest first.</param>
public sealed record ClassifierPrediction(string Label, double Probability, IReadOnlyList<string> KeyTerms);
