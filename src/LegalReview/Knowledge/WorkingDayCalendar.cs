using System.Globalization;

namespace LegalReview.Knowledge;

/// <summary>
/// The official working-day calendar: Saturdays and Sundays are rest days unless the State Council made them 调休
/// working days, and the listed holiday dates are rest days. Loaded from the embedded holidays-cn.tsv.
/// </summary>
/// <remarks>
/// Kept deliberately small for the procedure rules (LR4002, LR4004, LR4009, LR4010); the filing tracker has its own
/// deadline calculator, and the two are meant to be unified later.
/// </remarks>
internal sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> DefaultInstance = new(() => Load("holidays-cn.tsv"), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<DateOnly> _off;
    private readonly HashSet<DateOnly> _work;
    private readonly HashSet<int> _years;

    /// <summary>Builds a calendar from listed rest days and 调休 working days.</summary>
    /// <param name="off">Holiday dates that are rest days.</param>
    /// <param name="work">Weekend dates that are working days.</param>
    public WorkingDayCalendar(IEnumerable<DateOnly> off, IEnumerable<DateOnly> work)
    {
        _off = [.. off];
        _work = [.. work];
        // A year counts as covered once its own notice has been loaded, i.e. it has at least one listed rest day;
        // the 调休 days that fall at the end of the previous year do not make that year covered.
        _years = [.. _off.Select(d => d.Year)];
    }

    /// <summary>The calendar from the embedded State Council holiday arrangements.</summary>
    public static WorkingDayCalendar Default => DefaultInstance.Value;

    /// <summary>Whether the State Council arrangement for a year is in the data.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether working days in that year are exact.</returns>
    public bool CoversYear(int year) => _years.Contains(year);

    /// <summary>Whether a day is a working day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True for a working day, false for a rest day.</returns>
    public bool IsWorkingDay(DateOnly day)
    {
        if (_work.Contains(day))
        {
            return true;
        }

        return !_off.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

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

    private static WorkingDayCalendar Load(string fileName)
    {
        var off = new List<DateOnly>();
        var work = new List<DateOnly>();
        foreach (var row in TsvData.Load(fileName))
        {
            var date = DateOnly.ParseExact(row["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            (row["kind"] == "work" ? work : off).Add(date);
        }

        return new WorkingDayCalendar(off, work);
    }
}
