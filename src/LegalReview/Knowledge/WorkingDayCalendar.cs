namespace LegalReview.Knowledge;

/// <summary>
/// Working-day arithmetic for the procedure rules (LR4002, LR4004, LR4009, LR4010) over the one State Council calendar,
/// <see cref="Tracking.HolidayCalendar"/>: Saturdays and Sundays are rest days unless made 调休 working days, and the
/// listed holiday dates are rest days.
/// </summary>
internal sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> DefaultInstance = new(() => new WorkingDayCalendar(Tracking.HolidayCalendar.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Tracking.HolidayCalendar _calendar;

    /// <summary>Wraps a holiday calendar.</summary>
    /// <param name="calendar">The State Council calendar.</param>
    public WorkingDayCalendar(Tracking.HolidayCalendar calendar)
    {
        _calendar = calendar;
    }

    /// <summary>The calendar from the embedded State Council holiday arrangements.</summary>
    public static WorkingDayCalendar Default => DefaultInstance.Value;

    /// <summary>Whether the State Council arrangement for a year is in the data.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether working days in that year are exact.</returns>
    public bool CoversYear(int year) => _calendar.IsKnownYear(year);

    /// <summary>Whether a day is a working day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True for a working day, false for a rest day.</returns>
    public bool IsWorkingDay(DateOnly day) => _calendar.IsWorkingDay(day);

    /// <summary>
    /// The day on which a period of working days ends: the start day is not counted (民法典 第二百零一条), so the
    /// result is the <paramref name="workingDays"/>-th working day after <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The day the period starts from.</param>
    /// <param name="workingDays">The number of working days (0 returns the start day).</param>
    /// <returns>The last day of the period.</returns>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The number of working days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The count; 0 when <paramref name="to"/> is before <paramref name="from"/>.</returns>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The last day of a period of calendar days counted from <paramref name="start"/> (start day not counted),
    /// moved to the next working day when it falls on a rest day (民法典 第二百零三条).
    /// </summary>
    /// <param name="start">The day the period starts from.</param>
    /// <param name="days">The number of calendar days.</param>
    /// <returns>The last day of the period.</returns>
    public DateOnly EndOfCalendarPeriod(DateOnly start, int days)
    {
        var end = start.AddDays(days);
        while (!IsWorkingDay(end))
        {
            end = end.AddDays(1);
        }

        return end;
    }

    /// <summary>Whether every year a period touches is covered by the data.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>Whether the computation is exact.</returns>
    public bool Covers(DateOnly from, DateOnly to) =>
        Enumerable.Range(Math.Min(from.Year, to.Year), Math.Abs(to.Year - from.Year) + 1).All(CoversYear);
}
