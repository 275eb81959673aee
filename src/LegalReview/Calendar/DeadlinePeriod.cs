namespace LegalReview.Calendar;

/// <summary>A period such as "30日", "5个工作日" or "6个月".</summary>
/// <param name="Amount">How many units; zero or more.</param>
/// <param name="Unit">The unit.</param>
public readonly record struct DeadlinePeriod(int Amount, DeadlineUnit Unit)
{
    /// <summary>A period of calendar days.</summary>
    /// <param name="days">The number of days.</param>
    /// <returns>The period.</returns>
    public static DeadlinePeriod Days(int days) => new(days, DeadlineUnit.CalendarDays);

    /// <summary>A period of working days.</summary>
    /// <param name="days">The number of working days.</param>
    /// <returns>The period.</returns>
    public static DeadlinePeriod WorkingDays(int days) => new(days, DeadlineUnit.WorkingDays);

    /// <summary>A period of months.</summary>
    /// <param name="months">The number of months.</param>
    /// <returns>The period.</returns>
    public static DeadlinePeriod Months(int months) => new(months, DeadlineUnit.Months);

    /// <summary>The period in Chinese, e.g. "30日".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit switch
    {
        DeadlineUnit.WorkingDays => $"{Amount}个工作日",
        DeadlineUnit.Months => $"{Amount}个月",
        DeadlineUnit.Years => $"{Amount}年",
        _ => $"{Amount}日",
    };
}
