namespace LegalReview.SampleHost.Data;

/// <summary>A reviewer's decision on one finding: accepted (the draft must change) or rejected with a reason (the provision is lawful).</summary>
public sealed record FindingDecision(
    string FindingKey,
    string RuleId,
    string Location,
    string Quote,
    bool Accepted,
    string? Reason,
    string DecidedBy,
    DateTimeOffset DecidedAt);
