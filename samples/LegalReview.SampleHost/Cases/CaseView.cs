using LegalReview.Review;
using LegalReview.SampleHost.Data;

namespace LegalReview.SampleHost.Cases;

/// <summary>A case with its current review (suppressions applied) and the reviewer's decisions by finding key.</summary>
public sealed record CaseView(ReviewCase Case, ReviewResult Result, IReadOnlyDictionary<string, FindingDecision> Decisions)
{
    /// <summary>Findings still waiting for a decision.</summary>
    public IEnumerable<Finding> Undecided => Result.Findings.Where(f => !f.IsSuppressed && !Decisions.ContainsKey(FindingKeys.Of(f)));

    /// <summary>
    /// Findings the reviewer accepted and that no rejection covers: what the drafting unit must change. A rejection
    /// suppresses every finding of its rule on the same words, so an earlier acceptance of one of those no longer counts.
    /// </summary>
    public IEnumerable<Finding> Accepted => Result.Findings.Where(f => !f.IsSuppressed && Decisions.TryGetValue(FindingKeys.Of(f), out var d) && d.Accepted);
}
