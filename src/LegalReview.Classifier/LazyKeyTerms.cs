using System.Collections;

namespace LegalReview.Classifier;

/// <summary>
/// The words that explain a prediction, found only when first read: finding them segments the text with SmartCn,
/// which costs as much as scoring it, and a review reads them only for the predictions it reports (most units that
/// lean to a problem label stay below their threshold and are never explained). Thread-safe.
/// </summary>
internal sealed class LazyKeyTerms(Func<string[]> find) : IReadOnlyList<string>
{
    private readonly Lazy<string[]> _terms = new(find, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <inheritdoc />
    public int Count => _terms.Value.Length;

    /// <summary>Whether the words have been found (for tests).</summary>
    internal bool IsFound => _terms.IsValueCreated;

    /// <inheritdoc />
    public string this[int index] => _terms.Value[index];

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_terms.Value).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
