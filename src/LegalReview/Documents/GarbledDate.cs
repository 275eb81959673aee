namespace LegalReview.Documents;

/// <summary>
/// A 成文日期 whose digits a web repost ran together ("2021315") and that cannot be read as one calendar date
/// (or can be read as one: then <see cref="NormativeDocument.IssueDate"/> carries it, marked garbled, as well).
/// </summary>
/// <param name="Original">The text as written.</param>
/// <param name="Span">Where it stands.</param>
/// <param name="Readings">Every calendar date the digits can be read as; empty when none.</param>
internal sealed record GarbledDate(string Original, SourceSpan Span, IReadOnlyList<DateOnly> Readings);
