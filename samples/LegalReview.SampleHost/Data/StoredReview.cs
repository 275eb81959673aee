namespace LegalReview.SampleHost.Data;

/// <summary>
/// One review of a case as it was run and stored: the library's result JSON (findings included), the rule set version
/// and the configuration in force. A case keeps every revision; the highest is the current one.
/// </summary>
/// <param name="Revision">1 for the review at submission, then one more per explicit re-review.</param>
/// <param name="CreatedAt">When the review ran.</param>
/// <param name="CreatedBy">Who submitted or asked for the re-review.</param>
/// <param name="RuleSetVersion">The library version and the number of rules that ran, e.g. "LegalReview 1.4.0; 52 条规则".</param>
/// <param name="OptionsJson">The <see cref="LegalReviewOptions"/> in force, as JSON; later views of the case use these, not today's.</param>
/// <param name="ResultJson">The review result in the library's JSON schema.</param>
/// <param name="FindingKeys">The keys of the findings, in order, to tell whether a later run still gives the same findings.</param>
public sealed record StoredReview(
    int Revision,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string RuleSetVersion,
    string OptionsJson,
    string ResultJson,
    IReadOnlyList<string> FindingKeys)
{
    /// <summary>Number of findings the review gave.</summary>
    public int FindingCount => FindingKeys.Count;
}
