using LegalReview.Review;

namespace LegalReview.Cli.Batch;

/// <summary>One line of the batch journal read back: a reviewed document with its findings, or a failure.</summary>
internal sealed record JournalRecord(
    string File,
    string? Sha256,
    bool Reviewed,
    string Title,
    string? DocumentNumber,
    DateOnly? ValidityEnd,
    IReadOnlyList<Finding> Findings,
    string? Error);
