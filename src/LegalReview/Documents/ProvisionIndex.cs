namespace LegalReview.Documents;

/// <summary>
/// Answers "which is the innermost provision at this offset" by binary search instead of a scan of every provision,
/// so that locating each finding costs O(log n) and a review's cost grows with the document, not with its square.
/// The document's provision spans are cut into elementary segments (between consecutive span starts and ends); each
/// segment's answer is fixed once, by one sweep: of the spans covering it, the shortest, and of equally short ones
/// the last in document order (the same answer as the scan it replaces).
/// </summary>
internal sealed class ProvisionIndex
{
    private readonly int[] _starts;
    private readonly Provision?[] _answers;

    /// <summary>Builds the index.</summary>
    /// <param name="provisions">Every provision, in document order; their spans must no longer change.</param>
    public ProvisionIndex(IReadOnlyList<Provision> provisions)
    {
        var bounds = new SortedSet<int>();
        var opening = new Dictionary<int, List<int>>();
        var closing = new Dictionary<int, List<int>>();
        for (var k = 0; k < provisions.Count; k++)
        {
            var span = provisions[k].FullSpan;
            if (span.Length <= 0)
            {
                continue; // an empty span contains no offset
            }

            bounds.Add(span.Offset);
            bounds.Add(span.End);
            Add(opening, span.Offset, k);
            Add(closing, span.End, k);
        }

        _starts = [.. bounds];
        _answers = new Provision?[_starts.Length];
        var active = new SortedSet<(int Length, int Order)>(); // Order = -k: the smallest is the shortest, then the last
        for (var i = 0; i < _starts.Length; i++)
        {
            foreach (var k in closing.GetValueOrDefault(_starts[i]) ?? [])
            {
                active.Remove((provisions[k].FullSpan.Length, -k));
            }

            foreach (var k in opening.GetValueOrDefault(_starts[i]) ?? [])
            {
                active.Add((provisions[k].FullSpan.Length, -k));
            }

            _answers[i] = active.Count > 0 ? provisions[-active.Min.Order] : null;
        }
    }

    /// <summary>The innermost provision whose span contains the offset, or null.</summary>
    /// <param name="offset">An offset in the document's text.</param>
    /// <returns>The provision.</returns>
    public Provision? At(int offset)
    {
        var i = Array.BinarySearch(_starts, offset);
        if (i < 0)
        {
            i = ~i - 1; // the last segment starting before the offset
        }

        return i >= 0 ? _answers[i] : null;
    }

    private static void Add(Dictionary<int, List<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
