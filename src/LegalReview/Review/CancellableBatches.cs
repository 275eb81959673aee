namespace LegalReview.Review;

/// <summary>
/// Calls a batch operation (classification, nearest-case look-up) over a long list of texts in slices, checking for
/// cancellation between slices: a request's time limit then stops a review inside the model stages too, not only
/// between rules, while each call still gets enough texts to keep its per-call overhead small.
/// </summary>
internal static class CancellableBatches
{
    /// <summary>Texts per call: large enough that the per-call cost stays small, small enough to stop within milliseconds.</summary>
    internal const int SliceSize = 32;

    /// <summary>Runs <paramref name="call"/> over <paramref name="texts"/> slice by slice and concatenates the answers.</summary>
    /// <exception cref="InvalidOperationException">A call answered with a different number of results than texts.</exception>
    public static IReadOnlyList<T> Run<T>(IReadOnlyList<string> texts, Func<IReadOnlyList<string>, IReadOnlyList<T>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (texts.Count <= SliceSize)
        {
            return Checked(texts.Count, call(texts));
        }

        var results = new List<T>(texts.Count);
        for (var start = 0; start < texts.Count; start += SliceSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slice = new string[Math.Min(SliceSize, texts.Count - start)];
            for (var i = 0; i < slice.Length; i++)
            {
                slice[i] = texts[start + i];
            }

            results.AddRange(Checked(slice.Length, call(slice)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return results;
    }

    private static IReadOnlyList<T> Checked<T>(int expected, IReadOnlyList<T> answers) =>
        answers.Count == expected
            ? answers
            : throw new InvalidOperationException($"The model answered {answers.Count} results for {expected} texts.");
}
