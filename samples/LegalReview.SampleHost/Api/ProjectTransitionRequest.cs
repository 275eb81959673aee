using LegalReview.Tracking;

namespace LegalReview.SampleHost.Api;

/// <summary>Moves a project-library item to <paramref name="To"/>; 不予立项 needs a refusal reason.</summary>
public sealed record ProjectTransitionRequest(ProjectStatus To, string Reason, DateOnly? On = null, string? RefusalReason = null, long? ExpectedVersion = null);
