using LegalReview.Review;

namespace LegalReview.SampleHost.Data;

/// <summary>A submitted draft and where its review stands. The draft's bytes are loaded separately.</summary>
public sealed record ReviewCase
{
    public required long Id { get; init; }

    /// <summary>The uploaded file name, kept for display and for the document model only; never used as a path.</summary>
    public required string FileName { get; init; }

    public required ReviewMetadata Metadata { get; init; }

    /// <summary>The drafting unit's name as entered on submission.</summary>
    public required string Unit { get; init; }

    public required string SubmittedBy { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required string Title { get; init; }

    public string? DocumentNumber { get; init; }

    /// <summary>合法, 修改后合法 or 不合法 once concluded.</summary>
    public string? Conclusion { get; init; }

    public string? ConclusionNote { get; init; }

    public string? ConcludedBy { get; init; }

    public DateTimeOffset? ConcludedAt { get; init; }

    public bool IsConcluded => Conclusion is not null;
}
