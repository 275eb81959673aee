namespace LegalReview.Classifier;

/// <summary>
/// Grouped k-fold assignment: every row of one source (<see cref="LabelledProvision.GroupKey"/>: a bulletin, a list
/// of findings, a document) lands in the same fold, so no source is on both sides of a split. Groups are dealt
/// largest first to the fold with the fewest rows so far (ties: the lower fold; equal sizes: ordinal key order),
/// which keeps folds balanced and makes the assignment independent of row order and of the machine.
/// </summary>
public static class GroupedFolds
{
    /// <summary>Assigns each row to a fold.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="folds">How many folds (at least 2).</param>
    /// <returns>For each row, in order, its fold (0 to <paramref name="folds"/> − 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two folds.</exception>
    public static int[] Assign(IReadOnlyList<LabelledProvision> rows, int folds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var groups = rows.Select((r, i) => (Key: r.GroupKey, Index: i))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        var sizes = new int[folds];
        var result = new int[rows.Count];
        foreach (var group in groups)
        {
            var fold = 0;
            for (var f = 1; f < folds; f++)
            {
                if (sizes[f] < sizes[fold])
                {
                    fold = f;
                }
            }

            foreach (var (_, index) in group)
            {
                result[index] = fold;
            }

            sizes[fold] += group.Count();
        }

        return result;
    }
}
