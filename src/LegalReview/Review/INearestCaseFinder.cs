namespace LegalReview.Review;

/// <summary>
/// Finds the published case nearest to a provision. The review engine uses it when the registered
/// <see cref="IProvisionClassifier"/> also implements it (the LegalReview.Classifier package does): every content
/// finding carries its nearest case, and the neighbours' vote is a detection signal of its own.
/// </summary>
public interface INearestCaseFinder
{
    /// <summary>Finds the nearest case of each text.</summary>
    /// <param name="texts">Provision texts.</param>
    /// <returns>One entry per text, in order; null when no case shares a word with it.</returns>
    IReadOnlyList<NearestCase?> FindNearest(IReadOnlyList<string> texts);
}
