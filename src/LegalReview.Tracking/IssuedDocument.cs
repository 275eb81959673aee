namespace LegalReview.Tracking;

/// <summary>A normative document that has been issued (已印发), with the dates that drive filing and clean-up.</summary>
public sealed record IssuedDocument
{
    /// <summary>The record's identifier, unique in the store.</summary>
    public required string Id { get; init; }

    /// <summary>The document number (文号), e.g. "晋政规〔2024〕3号".</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The issuing body (制定机关).</summary>
    public required string Issuer { get; init; }

    /// <summary>The publication date (公布日期): the filing clock starts here.</summary>
    public required DateOnly PublishedOn { get; init; }

    /// <summary>The date the document takes effect (施行日期).</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>The last day of the validity period (有效期), or null when the document states none.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Whether the document is in force.</summary>
    public required DocumentStatus Status { get; init; }

    /// <summary>The record's version for optimistic concurrency.</summary>
    public long Version { get; init; } = 1;
}
