using LegalReview.Review;

namespace LegalReview.Generation.Reports;

/// <summary>
/// One file of a batch review: its review result, or the facts recorded of it (title, 文号, findings) when the
/// report is built from a journal after the documents have left memory, or why it could not be read.
/// </summary>
/// <param name="File">The file name or path as the user gave it.</param>
/// <param name="Result">The review result; null when the file could not be read or was recorded (see <see cref="Recorded"/>).</param>
/// <param name="Error">Why the file could not be read (e.g. the <c>DocumentReadException</c> message); null when it was reviewed.</param>
public sealed record BatchDocument(string File, ReviewResult? Result, string? Error = null)
{
    private string? RecordedTitle { get; init; }

    private string? RecordedNumber { get; init; }

    private IReadOnlyList<Finding>? RecordedFindings { get; init; }

    private IReadOnlyList<RuleFailure>? RecordedFailures { get; init; }

    /// <summary>Whether the file was read and reviewed.</summary>
    public bool IsReviewed => Result is not null || RecordedFindings is not null;

    /// <summary>The document's title; empty when the file could not be read.</summary>
    public string Title => Result?.Document.Title ?? RecordedTitle ?? string.Empty;

    /// <summary>The document's 文号, if any.</summary>
    public string? DocumentNumber => Result is { } r ? r.Document.DocumentNumber?.Raw : RecordedNumber;

    /// <summary>All findings, suppressed ones included; empty when the file could not be read.</summary>
    public IReadOnlyList<Finding> Findings => Result?.Findings ?? RecordedFindings ?? [];

    /// <summary>The rules that threw while the file was reviewed (its findings may be incomplete); empty when none did.</summary>
    public IReadOnlyList<RuleFailure> RuleFailures => Result?.RuleFailures ?? RecordedFailures ?? [];

    /// <summary>A reviewed file known by the facts recorded of it rather than by its document model.</summary>
    /// <param name="file">The file name or path.</param>
    /// <param name="title">The document's title.</param>
    /// <param name="documentNumber">The 文号, if any.</param>
    /// <param name="findings">All findings, suppressed ones included.</param>
    /// <param name="failures">The rules that threw on it; none when null.</param>
    /// <returns>The entry.</returns>
    internal static BatchDocument Recorded(string file, string title, string? documentNumber, IReadOnlyList<Finding> findings, IReadOnlyList<RuleFailure>? failures = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new BatchDocument(file, null) { RecordedTitle = title, RecordedNumber = documentNumber, RecordedFindings = findings, RecordedFailures = failures };
    }
}
