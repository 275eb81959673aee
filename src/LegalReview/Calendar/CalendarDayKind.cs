namespace LegalReview.Calendar;

/// <summary>What kind of day a date is under the State Council's holiday arrangements.</summary>
internal enum CalendarDayKind
{
    /// <summary>An ordinary Monday to Friday.</summary>
    Workday,

    /// <summary>An ordinary Saturday or Sunday.</summary>
    Weekend,

    /// <summary>A statutory holiday or a day off in lieu (放假).</summary>
    Holiday,

    /// <summary>A weekend day made a working day (调休上班).</summary>
    AdjustedWorkday,
}
