using LegalReview.Review;
using LegalReview.SampleHost.Data;

namespace LegalReview.SampleHost.Cases;

/// <summary>
/// A case with its current review (suppressions applied), the stored review it comes from (revision, rule set version,
/// configuration) and the reviewer's decisions by finding key.
/// </summary>
public sealed record CaseView(ReviewCase Case, ReviewResult Result, IReadOnlyDictionary<string, FindingDecision> Decisions, StoredReview Review)
{
    /// <summary>
    /// Whether running the stored configuration again no longer gives the stored findings (the library changed since);
    /// the reviewer should then re-review explicitly.
    /// </summary>
    public bool DiffersFromStored => !Result.Findings.Select(FindingKeys.Of).SequenceEqual(Review.FindingKeys, StringComparer.Ordinal);

    /// <summary>Findings still waiting for a decision.</summary>
    public IEnumerable<Finding> Undecided => Result.Findings.Where(f => !f.IsSuppressed && !Decisions.ContainsKey(FindingKeys.Of(f)));

    /// <summary>
    /// Findings the reviewer accepted and that no rejection covers: what the drafting unit must change. A rejection
    /// suppresses every finding of its rule on the same words, so an earlier acceptance of one of those no longer counts.
    /// </summary>
    public IEnumerable<Finding> Accepted => Result.Findings.Where(f => !f.IsSuppressed && Decisions.TryGetValue(FindingKeys.Of(f), out var d) && d.Accepted);
}
