namespace LegalReview.Calendar;

/// <summary>A computed deadline with the reasoning behind it.</summary>
public sealed class DeadlineResult
{
    internal DeadlineResult()
    {
    }

    /// <summary>The start day (not counted).</summary>
    public DateOnly Start { get; internal init; }

    /// <summary>The period counted.</summary>
    public DeadlinePeriod Period { get; internal init; }

    /// <summary>The last day before any extension past rest days (for working-day periods, the due date itself).</summary>
    public DateOnly NominalEnd { get; internal init; }

    /// <summary>The last day of the period (the deadline), 24:00 of that day.</summary>
    public DateOnly DueOn { get; internal init; }

    /// <summary>The days that were not counted or that moved the deadline, with the reason for each.</summary>
    internal IReadOnlyList<CalendarDay> SkippedDays { get; init; } = [];

    /// <summary>The steps of the computation in Chinese, one sentence each, with their legal basis.</summary>
    public IReadOnlyList<string> Reasoning { get; internal init; } = [];

    /// <summary>Warnings, e.g. that the period runs past the last year with a holiday notice.</summary>
    public IReadOnlyList<string> Warnings { get; internal init; } = [];

    /// <summary>Whether the deadline was moved past rest days.</summary>
    public bool WasExtended => DueOn != NominalEnd;
}
