using LegalReview.Tracking;

namespace LegalReview.SampleHost.Api;

/// <summary>Moves a filing to <paramref name="To"/>; a notice number is required for 需补充说明.</summary>
public sealed record FilingTransitionRequest(FilingStatus To, string Reason, DateOnly? On = null, string? NoticeNumber = null, long? ExpectedVersion = null);
