using LegalReview.Review;

namespace LegalReview.Generation.Reports;

/// <summary>One file of a batch review: its review result, or why it could not be read.</summary>
/// <param name="File">The file name or path as the user gave it.</param>
/// <param name="Result">The review result; null when the file could not be read.</param>
/// <param name="Error">Why the file could not be read (e.g. the <c>DocumentReadException</c> message); null when it was reviewed.</param>
public sealed record BatchDocument(string File, ReviewResult? Result, string? Error = null)
{
    /// <summary>Whether the file was read and reviewed.</summary>
    public bool IsReviewed => Result is not null;
}
