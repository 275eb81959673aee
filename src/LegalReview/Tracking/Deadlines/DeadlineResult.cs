namespace LegalReview.Tracking;

/// <summary>A computed deadline with the reasoning behind it.</summary>
public sealed record DeadlineResult
{
    /// <summary>The start day (not counted).</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The period counted.</summary>
    public required DeadlinePeriod Period { get; init; }

    /// <summary>The last day before any extension past rest days (for working-day periods, the due date itself).</summary>
    public required DateOnly NominalEnd { get; init; }

    /// <summary>The last day of the period (the deadline), 24:00 of that day.</summary>
    public required DateOnly DueOn { get; init; }

    /// <summary>The days that were not counted or that moved the deadline, with the reason for each.</summary>
    internal IReadOnlyList<CalendarDay> SkippedDays { get; init; } = [];

    /// <summary>The steps of the computation in Chinese, one sentence each, with their legal basis.</summary>
    public required IReadOnlyList<string> Reasoning { get; init; }

    /// <summary>Warnings, e.g. that the period runs past the last year with a holiday notice.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Whether the deadline was moved past rest days.</summary>
    public bool WasExtended => DueOn != NominalEnd;
}
