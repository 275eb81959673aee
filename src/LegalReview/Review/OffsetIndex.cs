namespace LegalReview.Review;

/// <summary>
/// The offsets of a set of findings or text units, sorted once, so that "which of them start inside this span" and
/// "which unit holds this offset" cost a binary search instead of a scan of the whole set (a scan per finding or per
/// unit makes a review quadratic in the length of the document).
/// </summary>
internal sealed class OffsetIndex
{
    private readonly int[] _offsets;
    private readonly int[] _items;

    private OffsetIndex(int[] offsets, int[] items)
    {
        _offsets = offsets;
        _items = items;
    }

    /// <summary>Indexes the items of a list by an offset; items for which <paramref name="include"/> is false are left out.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="offsetOf">An item's offset.</param>
    /// <param name="include">Whether an item is indexed.</param>
    /// <returns>The index.</returns>
    public static OffsetIndex Of<T>(IReadOnlyList<T> items, Func<T, int> offsetOf, Func<T, bool> include)
    {
        var pairs = new List<(int Offset, int Item)>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (include(items[i]))
            {
                pairs.Add((offsetOf(items[i]), i));
            }
        }

        pairs.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Item.CompareTo(b.Item));
        return new OffsetIndex(pairs.Select(p => p.Offset).ToArray(), pairs.Select(p => p.Item).ToArray());
    }

    /// <summary>The items whose offset lies in [start, end), in order of offset.</summary>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset after the last.</param>
    /// <returns>Their indices in the indexed list.</returns>
    public IEnumerable<int> Within(int start, int end)
    {
        for (var k = LowerBound(start); k < _offsets.Length && _offsets[k] < end; k++)
        {
            yield return _items[k];
        }
    }

    /// <summary>Whether any item's offset lies in [start, end).</summary>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset after the last.</param>
    /// <returns>Whether one does.</returns>
    public bool Any(int start, int end)
    {
        var k = LowerBound(start);
        return k < _offsets.Length && _offsets[k] < end;
    }

    /// <summary>The position of the last indexed offset at or before a given one, or -1.</summary>
    /// <param name="offset">The offset.</param>
    /// <returns>The position in sorted order.</returns>
    public int LastAtOrBefore(int offset) => LowerBound(offset + 1) - 1;

    /// <summary>The list index of the item at a position in sorted order.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The item's index in the indexed list.</returns>
    public int ItemAt(int position) => _items[position];

    /// <summary>The offset at a position in sorted order.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The offset.</returns>
    public int OffsetAt(int position) => _offsets[position];

    private int LowerBound(int value)
    {
        int lo = 0, hi = _offsets.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_offsets[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
