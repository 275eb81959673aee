using LegalReview.Review;

namespace LegalReview.Cli.Batch;

/// <summary>
/// One line of the batch journal read back: a reviewed document with its findings and the rules that threw on it, or
/// a file that could not be read.
/// </summary>
internal sealed record JournalRecord(
    string File,
    string? Sha256,
    bool Reviewed,
    string Title,
    string? DocumentNumber,
    DateOnly? ValidityEnd,
    IReadOnlyList<Finding> Findings,
    string? Error,
    IReadOnlyList<RuleFailure> RuleFailures);
