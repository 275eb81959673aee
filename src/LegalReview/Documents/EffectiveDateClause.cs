namespace LegalReview.Documents;

/// <summary>How a document says when it takes effect (施行日期).</summary>
internal enum EffectiveDateKind
{
    /// <summary>A fixed date: "自2025年3月1日起施行".</summary>
    FixedDate,

    /// <summary>On issue: "自印发之日起施行", "自发布之日起执行".</summary>
    OnIssue,

    /// <summary>A number of days after issue: "自印发之日起30日后施行".</summary>
    DaysAfterIssue,
}

/// <summary>The 施行 clause of a document.</summary>
/// <param name="Kind">The form of the clause.</param>
/// <param name="Date">The fixed date, for <see cref="EffectiveDateKind.FixedDate"/>.</param>
/// <param name="DaysAfterIssue">The number of days, for <see cref="EffectiveDateKind.DaysAfterIssue"/>.</param>
/// <param name="Span">Where the clause stands.</param>
internal sealed record EffectiveDateClause(EffectiveDateKind Kind, DocumentDate? Date, int? DaysAfterIssue, SourceSpan Span)
{
    /// <summary>
    /// The date the document takes effect, given the day it was issued: the fixed date, the issue date,
    /// or the issue date plus the stated days.
    /// </summary>
    /// <param name="issued">The 成文/印发 date, if known.</param>
    /// <returns>The effective date, or null when it depends on an unknown issue date.</returns>
    public DateOnly? Resolve(DateOnly? issued) => Kind switch
    {
        EffectiveDateKind.FixedDate => Date?.Value,
        EffectiveDateKind.OnIssue => issued,
        EffectiveDateKind.DaysAfterIssue => issued?.AddDays(DaysAfterIssue ?? 0),
        _ => null,
    };
}

/// <summary>The 有效期 clause of a document: a number of years, or an end date.</summary>
/// <param name="Years">"有效期5年".</param>
/// <param name="Until">"有效期至2030年2月28日".</param>
/// <param name="Span">Where the clause stands.</param>
internal sealed record ValidityClause(int? Years, DocumentDate? Until, SourceSpan Span)
{
    /// <summary>The last day of validity, given the effective date.</summary>
    /// <param name="effective">The date the document takes effect, if known.</param>
    /// <returns>The last valid day, or null.</returns>
    public DateOnly? EndDate(DateOnly? effective) =>
        Until?.Value ?? (Years is { } y && effective is { } e ? e.AddYears(y).AddDays(-1) : null);

    /// <summary>The length of validity in days from the effective date to the end, inclusive.</summary>
    /// <param name="effective">The effective date.</param>
    /// <returns>The number of days, or null.</returns>
    public int? LengthInDays(DateOnly? effective) =>
        EndDate(effective) is { } end && effective is { } e ? end.DayNumber - e.DayNumber + 1 : null;

    /// <summary>Whether the validity ended before <paramref name="asOf"/>; null when the end cannot be known.</summary>
    /// <param name="effective">The effective date, needed for a period in years.</param>
    /// <param name="asOf">The day to judge on.</param>
    /// <returns>True when expired, false when still valid on that day, null when unknown.</returns>
    public bool? IsExpired(DateOnly? effective, DateOnly asOf) => EndDate(effective) is { } end ? end < asOf : null;
}
