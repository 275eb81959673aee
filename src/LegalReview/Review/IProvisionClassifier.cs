namespace LegalReview.Review;

/// <summary>
/// A statistical stage of the review: labels provision texts with the content categories (or <c>ok</c>), so that a
/// problem provision whose wording no rule knows still reaches the lawyer. Implementations must be safe to call from
/// many threads; the engine calls <see cref="Classify"/> once per document with every text unit.
/// </summary>
/// <remarks>The ML.NET implementation ships in the separate <c>LegalReview.Classifier</c> package.</remarks>
public interface IProvisionClassifier
{
    /// <summary>Classifies provision texts.</summary>
    /// <param name="texts">The texts of clauses, items, headings or paragraphs.</param>
    /// <returns>One prediction per text, in the same order.</returns>
    IReadOnlyList<ClassifierPrediction> Classify(IReadOnlyList<string> texts);
}
