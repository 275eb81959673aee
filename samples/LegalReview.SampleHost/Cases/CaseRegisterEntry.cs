namespace LegalReview.SampleHost.Cases;

/// <summary>One line of the host's case register: a case received or concluded.</summary>
public sealed record CaseRegisterEntry(long CaseId, string Event, string Title, string? DocumentNumber, string Unit, string? Conclusion, string RecordedBy, DateTimeOffset RecordedAt);
