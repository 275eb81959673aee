using System.Globalization;

namespace LegalReview.Calendar;

/// <summary>A date as the holiday calendar sees it.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Workday, weekend, holiday or 调休 working day.</param>
/// <param name="Holiday">The holiday the arrangement belongs to (e.g. "春节"), for holidays and 调休 working days.</param>
/// <param name="IsKnown">False when the date lies outside the years the calendar has notices for, so only weekends are known.</param>
internal sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string? Holiday, bool IsKnown)
{
    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>Whether offices work on this day.</summary>
    public bool IsWorkingDay => Kind is CalendarDayKind.Workday or CalendarDayKind.AdjustedWorkday;

    /// <summary>The date with its weekday, e.g. "2025-10-05（星期日）".</summary>
    public string Label => $"{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}（{WeekdayNames[(int)Date.DayOfWeek]}）";

    /// <summary>Why the day is or is not a working day, in Chinese, e.g. "国庆节、中秋节放假".</summary>
    public string Explanation => Kind switch
    {
        CalendarDayKind.Holiday => $"{Holiday}放假",
        CalendarDayKind.AdjustedWorkday => $"{Holiday}调休上班日",
        CalendarDayKind.Weekend => "周末休息日",
        _ => "工作日",
    };
}
