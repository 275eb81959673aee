namespace LegalReview.Calendar;

/// <summary>The unit a period is counted in.</summary>
public enum DeadlineUnit
{
    /// <summary>Calendar days (自然日), the default unit.</summary>
    CalendarDays,

    /// <summary>Working days (工作日): weekends and holidays skipped, 调休 working weekends counted.</summary>
    WorkingDays,

    /// <summary>Months: the period ends on the corresponding day (民法典 第二百零二条).</summary>
    Months,

    /// <summary>Years, counted as twelve months each.</summary>
    Years,
}
