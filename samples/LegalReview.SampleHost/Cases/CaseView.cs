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

    /// <summary>The rules' findings still waiting for a decision: each needs one before the case is concluded.</summary>
    public IEnumerable<Finding> Undecided => Result.Findings.Where(f => f.Source == FindingSource.Rule && !f.IsSuppressed && !Decisions.ContainsKey(FindingKeys.Of(f)));

    /// <summary>
    /// The model's hints no one has decided on. They do not hold up the conclusion: a hint nobody adopted is simply not
    /// part of the opinion, as a reviewer would treat a colleague's unasked suggestion.
    /// </summary>
    public IEnumerable<Finding> UndecidedHints => Result.Findings.Where(f => f.Source != FindingSource.Rule && !f.IsSuppressed && !Decisions.ContainsKey(FindingKeys.Of(f)));

    /// <summary>
    /// Findings the reviewer accepted and that no rejection covers: what the drafting unit must change. A rejection
    /// suppresses every finding of its rule on the same words, so an earlier acceptance of one of those no longer counts.
    /// </summary>
    public IEnumerable<Finding> Accepted => Result.Findings.Where(f => !f.IsSuppressed && Decisions.TryGetValue(FindingKeys.Of(f), out var d) && d.Accepted);
}
