namespace LegalReview.Calendar;

/// <summary>
/// The one deadline engine: computes statutory deadlines on the holiday calendar and counts working days, for the
/// procedure rules (through <c>ReviewContext.Calendar</c>) and for filing tracking alike. The start day is not counted
/// (民法典 第二百零一条); month periods end on the corresponding day or the month's last day (第二百零二条); a period
/// whose last day is a rest day ends on the first working day after it (第二百零三条); 调休 working weekends are
/// working days. <c>AddLegalReview</c> registers one built on the <see cref="HolidayCalendar"/> in the container.
/// </summary>
public sealed class DeadlineCalculator
{
    private static readonly Lazy<DeadlineCalculator> DefaultInstance = new(() => new DeadlineCalculator(HolidayCalendar.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HolidayCalendar _calendar;

    /// <summary>Creates a calculator over a calendar.</summary>
    /// <param name="calendar">The holiday calendar; the embedded one when null.</param>
    public DeadlineCalculator(HolidayCalendar? calendar = null) => _calendar = calendar ?? HolidayCalendar.Default;

    /// <summary>The calculator over the embedded State Council holiday arrangements.</summary>
    public static DeadlineCalculator Default => DefaultInstance.Value;

    /// <summary>The calendar the calculator uses.</summary>
    public HolidayCalendar Calendar => _calendar;

    /// <summary>Whether offices work on a day (调休 working weekends included).</summary>
    /// <param name="day">The day.</param>
    /// <returns>True for a working day, false for a rest day.</returns>
    public bool IsWorkingDay(DateOnly day) => _calendar.IsWorkingDay(day);

    /// <summary>The number of working days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The count; 0 when <paramref name="to"/> is before <paramref name="from"/>.</returns>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (_calendar.IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the holiday data covers every year from <paramref name="from"/> to <paramref name="to"/>, so that working days in between are exact.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>Whether the computation is exact.</returns>
    public bool Covers(DateOnly from, DateOnly to) =>
        Enumerable.Range(Math.Min(from.Year, to.Year), Math.Abs(to.Year - from.Year) + 1).All(_calendar.IsKnownYear);

    /// <summary>Computes the last day of a period that starts on <paramref name="start"/>.</summary>
    /// <param name="start">The day the event happened (e.g. publication); not counted.</param>
    /// <param name="period">The period.</param>
    /// <returns>The deadline and its reasoning.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is negative.</exception>
    public DeadlineResult Calculate(DateOnly start, DeadlinePeriod period)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(period.Amount);
        var reasoning = new List<string>
        {
            $"起算日为{Label(start)}，当日不计入，期间自次日开始计算（《中华人民共和国民法典》第二百零一条）。",
        };
        var skipped = new List<CalendarDay>();
        var unknownFrom = (DateOnly?)null;
        var uncertainDecember = (DateOnly?)null;

        DateOnly nominal;
        if (period.Unit == DeadlineUnit.WorkingDays)
        {
            nominal = CountWorkingDays(start, period.Amount, reasoning, skipped, ref unknownFrom, ref uncertainDecember);
            reasoning.Add($"第{period.Amount}个工作日为{Label(nominal)}，即期间最后一日。");
            return Finish(start, period, nominal, nominal, skipped, reasoning, unknownFrom, uncertainDecember);
        }

        if (period.Unit is DeadlineUnit.Months or DeadlineUnit.Years)
        {
            var months = period.Unit == DeadlineUnit.Years ? period.Amount * 12 : period.Amount;
            nominal = start.AddMonths(months);
            reasoning.Add(nominal.Day == start.Day
                ? $"按{period}计算，期间最后一日为到期月的对应日{Label(nominal)}（民法典第二百零二条）。"
                : $"按{period}计算，到期月没有对应日，以该月最后一日{Label(nominal)}为期间最后一日（民法典第二百零二条）。");
        }
        else
        {
            nominal = start.AddDays(period.Amount);
            reasoning.Add($"按{period}计算，第{period.Amount}日为{Label(nominal)}。");
        }

        var due = nominal;
        var day = Describe(due, ref unknownFrom, ref uncertainDecember);
        if (day.Kind == CalendarDayKind.AdjustedWorkday)
        {
            reasoning.Add($"{day.Label}为{day.Explanation}，按工作日对待，期间不顺延。");
        }

        while (!day.IsWorkingDay)
        {
            skipped.Add(day);
            reasoning.Add($"{day.Label}为{day.Explanation}，期间最后一日为休息日的，顺延。");
            due = due.AddDays(1);
            day = Describe(due, ref unknownFrom, ref uncertainDecember);
        }

        if (due != nominal)
        {
            reasoning.Add($"以休息日结束后的第一日{Label(due)}为期间最后一日（民法典第二百零三条）。");
        }

        return Finish(start, period, nominal, due, skipped, reasoning, unknownFrom, uncertainDecember);
    }

    /// <summary>Adds calendar days (自然日).</summary>
    /// <param name="start">The start day, not counted.</param>
    /// <param name="days">The number of days.</param>
    /// <returns>The deadline.</returns>
    public DeadlineResult AddDays(DateOnly start, int days) => Calculate(start, DeadlinePeriod.Days(days));

    /// <summary>Adds working days (工作日).</summary>
    /// <param name="start">The start day, not counted.</param>
    /// <param name="days">The number of working days.</param>
    /// <returns>The deadline.</returns>
    public DeadlineResult AddWorkingDays(DateOnly start, int days) => Calculate(start, DeadlinePeriod.WorkingDays(days));

    /// <summary>Adds months.</summary>
    /// <param name="start">The start day, not counted.</param>
    /// <param name="months">The number of months.</param>
    /// <returns>The deadline.</returns>
    public DeadlineResult AddMonths(DateOnly start, int months) => Calculate(start, DeadlinePeriod.Months(months));

    private DateOnly CountWorkingDays(DateOnly start, int amount, List<string> reasoning, List<CalendarDay> skipped, ref DateOnly? unknownFrom, ref DateOnly? uncertainDecember)
    {
        reasoning.Add($"按{amount}个工作日计算：跳过周末和法定节假日，调休上班日计为工作日。");
        var date = start;
        var counted = 0;
        while (counted < amount)
        {
            date = date.AddDays(1);
            var day = Describe(date, ref unknownFrom, ref uncertainDecember);
            if (!day.IsWorkingDay)
            {
                skipped.Add(day);
                if (day.Kind == CalendarDayKind.Holiday)
                {
                    reasoning.Add($"{day.Label}为{day.Explanation}，不计入。");
                }

                continue;
            }

            counted++;
            if (day.Kind == CalendarDayKind.AdjustedWorkday)
            {
                reasoning.Add($"{day.Label}为{day.Explanation}，计为第{counted}个工作日。");
            }
        }

        var weekends = skipped.Count(d => d.Kind == CalendarDayKind.Weekend);
        if (weekends > 0)
        {
            reasoning.Add($"期间内的{weekends}个周末休息日不计入。");
        }

        return date;
    }

    private CalendarDay Describe(DateOnly date, ref DateOnly? unknownFrom, ref DateOnly? uncertainDecember)
    {
        var day = _calendar.Describe(date);
        if (!day.IsKnown && unknownFrom is null)
        {
            unknownFrom = date;
        }

        // The next year's notice, published in October or November, may also move late-December days (元旦 调休).
        if (day.IsKnown && date.Month == 12 && date.Day >= 25 && date.Year == _calendar.LastYear && uncertainDecember is null)
        {
            uncertainDecember = date;
        }

        return day;
    }

    private DeadlineResult Finish(DateOnly start, DeadlinePeriod period, DateOnly nominal, DateOnly due, List<CalendarDay> skipped, List<string> reasoning, DateOnly? unknownFrom, DateOnly? uncertainDecember)
    {
        var warnings = new List<string>();
        if (unknownFrom is { } first)
        {
            var year = first.Year;
            warnings.Add(_calendar.LastYear > 0 && year > _calendar.LastYear
                ? $"节假日数据仅收录至{_calendar.LastYear}年，{year}年的放假安排尚未收录；自{Label(first)}起仅按普通周末计算，请以国务院办公厅{year}年部分节假日安排的通知为准核对。"
                : $"节假日数据未收录{year}年的放假安排；自{Label(first)}起仅按普通周末计算，请核对当年的放假通知。");
        }

        if (unknownFrom is null && uncertainDecember is { } december)
        {
            warnings.Add($"期间涉及{Label(december)}，{december.Year + 1}年的放假安排尚未收录，其元旦调休可能改变{december.Year}年12月下旬的工作日安排，请以国务院办公厅的通知为准核对。");
        }

        reasoning.Add($"截止日期：{Label(due)}。");
        return new DeadlineResult
        {
            Start = start,
            Period = period,
            NominalEnd = nominal,
            DueOn = due,
            SkippedDays = skipped,
            Reasoning = reasoning,
            Warnings = warnings,
        };
    }

    private string Label(DateOnly date) => _calendar.Describe(date).Label;
}
