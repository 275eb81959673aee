namespace LegalReview.Tracking;

/// <summary>Every record and audit event of a store, as exported and imported (see docs/tracking-format.md).</summary>
public sealed record TrackingSnapshot
{
    /// <summary>The version of the JSON format this library writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The format version of the snapshot.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The store settings.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The project-library items.</summary>
    public IReadOnlyList<ProjectEntry> Projects { get; init; } = [];

    /// <summary>The legality-review cases.</summary>
    public IReadOnlyList<ReviewCase> ReviewCases { get; init; } = [];

    /// <summary>The issued documents.</summary>
    public IReadOnlyList<IssuedDocument> Documents { get; init; } = [];

    /// <summary>The filings.</summary>
    public IReadOnlyList<Filing> Filings { get; init; } = [];

    /// <summary>The audit events, in the order they were recorded.</summary>
    public IReadOnlyList<AuditEvent> AuditEvents { get; init; } = [];
}
