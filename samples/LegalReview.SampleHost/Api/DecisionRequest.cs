namespace LegalReview.SampleHost.Api;

/// <summary>A reviewer's decision on one finding: accept, or reject with the reason the provision is lawful.</summary>
public sealed record DecisionRequest(bool Accept, string? Reason);
