namespace LegalReview.SampleHost.Api;

/// <summary>One stored review of a case, as listed in its history.</summary>
public sealed record RevisionResponse(int Revision, DateTimeOffset CreatedAt, string CreatedBy, string RuleSetVersion, int FindingCount);
