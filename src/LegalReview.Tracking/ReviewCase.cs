namespace LegalReview.Tracking;

/// <summary>A draft submitted for legality review (送审), and its conclusion (审结).</summary>
public sealed record ReviewCase
{
    /// <summary>The case's identifier, unique in the store.</summary>
    public required string Id { get; init; }

    /// <summary>The title of the draft under review.</summary>
    public required string Title { get; init; }

    /// <summary>The unit that submitted the draft (送审单位).</summary>
    public required string SubmittingUnit { get; init; }

    /// <summary>The date the draft was received.</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>The date the review was concluded (审结), or null while it is pending.</summary>
    public DateOnly? ConcludedOn { get; init; }

    /// <summary>The conclusion, e.g. "原则同意，建议修改后印发".</summary>
    public string? Conclusion { get; init; }

    /// <summary>The path of the opinion letter (合法性审核意见书) produced for the case.</summary>
    public string? OpinionLetterPath { get; init; }

    /// <summary>The record's version for optimistic concurrency.</summary>
    public long Version { get; init; } = 1;
}
