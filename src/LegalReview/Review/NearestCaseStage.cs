using System.Globalization;
using LegalReview.Documents;

namespace LegalReview.Review;

/// <summary>
/// The nearest-case stage of <see cref="ReviewEngine"/>, after the classifier: attaches the most similar published
/// case to every content finding, and lets the neighbours' vote report a provision no rule and no classifier
/// threshold caught. Only the provisions that need it are looked up — those with a content finding and those the
/// classifier leaned towards a problem label (probability at least <see cref="VoteGate"/>) — because segmenting Chinese text costs about as much as the rest of a review.
/// </summary>
internal static class NearestCaseStage
{
    /// <summary>
    /// The classifier's probability for a problem label from which a provision is looked up for the vote: below it,
    /// the look-up costs more than the vote adds (measured on the central documents, docs/classifier.md).
    /// </summary>
    internal const double VoteGate = 0.5;

    public static void Run(INearestCaseFinder finder, NormativeDocument document, IReadOnlyList<Provision> units, IReadOnlyList<(Provision Unit, ClassifierPrediction Prediction)> predictions, ReviewOptions options, List<Finding> findings, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int Ask(string text)
        {
            if (!indexOf.TryGetValue(text, out var i))
            {
                i = texts.Count;
                indexOf[text] = i;
                texts.Add(text);
            }

            return i;
        }

        var unitIndex = UnitIndex.Of(units);
        var contentFindings = new List<(int Finding, int Text)>();
        for (var j = 0; j < findings.Count; j++)
        {
            if (IsContent(findings[j].Category))
            {
                contentFindings.Add((j, Ask(unitIndex.At(findings[j].Location.Offset)?.Text ?? findings[j].Quote)));
            }
        }

        var content = OffsetIndex.Of(findings, f => f.Location.Offset, f => IsContent(f.Category));

        var voters = new List<(Provision Unit, int Text)>();
        if (options.Classifier.NearestCaseVoteThreshold <= 1)
        {
            foreach (var (unit, prediction) in predictions)
            {
                if (prediction.Label != ClassifierLabels.Ok && prediction.Probability >= VoteGate && !content.Any(unit.TextOffset, ScopeEnd(unit)))
                {
                    voters.Add((unit, Ask(unit.Text)));
                }
            }
        }

        if (texts.Count == 0)
        {
            return;
        }

        var nearest = CancellableBatches.Run(texts, finder.FindNearest, cancellationToken);
        foreach (var (j, t) in contentFindings)
        {
            if (nearest[t] is { } found)
            {
                findings[j] = findings[j] with { NearestCase = found };
            }
        }

        foreach (var (unit, t) in voters)
        {
            if (nearest[t] is not { } found
                || found.VoteShare < options.Classifier.NearestCaseVoteThreshold
                || !ClassifierLabels.TryGetCategory(found.VoteLabel, out var category))
            {
                continue;
            }

            var ruleId = ClassifierLabels.RuleIdOf(category);
            if (ClassifierStage.SeverityOf(ruleId, options) is not { } severity)
            {
                continue;
            }

            var hint = ClassifierStage.Hint(
                document,
                unit,
                category,
                ruleId,
                severity,
                string.Create(CultureInfo.InvariantCulture, $"与本条款最相近的已公布案例多数属于“{ClassifierLabels.ProblemOf(category)}”（近邻一致度 {found.VoteShare:0.00}），可能存在同类问题。"),
                "请对照参考案例核对本条款：情形相同的，予以删除或者修改。本提示由已公布案例的相似度作出，须由审核人员判断。",
                found.VoteShare,
                FindingSource.NearestCases);
            findings.Add(hint with { NearestCase = found });
        }
    }

    /// <summary>
    /// Where what a unit says ends: its own text, or, for a lead-in (“……应当具备下列条件：”), the items it introduces too.
    /// A lead-in says nothing by itself; when one of its items already carries a content finding, the defect is
    /// reported there, and a vote on the lead-in would report it a second time.
    /// </summary>
    private static int ScopeEnd(Provision unit)
    {
        var end = unit.TextOffset + unit.Text.Length;
        var text = unit.Text.AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] is '：' or ':' ? Math.Max(end, unit.FullSpan.End) : end;
    }

    private static bool IsContent(RuleCategory category) => ClassifierLabels.TryGetCategory(category.ToName(), out _);

    private static bool Inside(Provision unit, int offset) => offset >= unit.TextOffset && offset < unit.TextOffset + unit.Text.Length;

    /// <summary>The text units by offset: the shortest unit that holds an offset in a binary search and a short walk back.</summary>
    private sealed class UnitIndex
    {
        private readonly IReadOnlyList<Provision> _units;
        private readonly OffsetIndex _index;
        private readonly int _longest;

        private UnitIndex(IReadOnlyList<Provision> units)
        {
            _units = units;
            _index = OffsetIndex.Of(units, u => u.TextOffset, u => u.Text.Length > 0);
            _longest = units.Count == 0 ? 0 : units.Max(u => u.Text.Length);
        }

        public static UnitIndex Of(IReadOnlyList<Provision> units) => new(units);

        /// <summary>The shortest text unit that holds an offset.</summary>
        public Provision? At(int offset)
        {
            Provision? best = null;
            // Units starting after the offset cannot hold it; walking back, none can once a unit starts further away
            // than the longest unit is long.
            for (var k = _index.LastAtOrBefore(offset); k >= 0 && offset - _index.OffsetAt(k) < _longest; k--)
            {
                var unit = _units[_index.ItemAt(k)];
                if (Inside(unit, offset) && (best is null || unit.Text.Length < best.Text.Length))
                {
                    best = unit;
                }
            }

            return best;
        }
    }
}
