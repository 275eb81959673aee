using System.Globalization;
using LegalReview.Knowledge;

namespace LegalReview.Calendar;

/// <summary>
/// The working-day calendar built from the State Council's annual holiday notices: listed days off, listed 调休 working
/// weekends, otherwise the ordinary week. The data is the embedded <c>holidays-cn.tsv</c> (columns date, holiday,
/// kind off|work, notice); a host can load a newer file with <see cref="Load(TextReader)"/>.
/// </summary>
/// <example>
/// <code>
/// // The State Council publishes next year's arrangement in the autumn; a host need not wait for a release:
/// using var file = File.OpenText("holidays-cn.tsv");
/// services.AddSingleton(HolidayCalendar.Load(file)); // before AddLegalReview, which then keeps it
/// services.AddLegalReview();                            // the rules (LR4002, LR4004, LR4009, LR4010) count on it
/// services.AddLegalReviewTracking("tracking.db");      // and so do the filing deadlines
/// </code>
/// </example>
public sealed class HolidayCalendar
{
    private const string EmbeddedResource = "LegalReview.Calendar.Data.holidays-cn.tsv";

    private static readonly Lazy<HolidayCalendar> Embedded = new(LoadEmbedded);

    private readonly Dictionary<DateOnly, (CalendarDayKind Kind, string Holiday)> _days;

    private HolidayCalendar(Dictionary<DateOnly, (CalendarDayKind, string)> days)
    {
        _days = days;
        FirstYear = days.Count == 0 ? 0 : days.Keys.Min().Year;
        LastYear = days.Count == 0 ? 0 : days.Keys.Max().Year;
    }

    /// <summary>The calendar of the embedded notices.</summary>
    public static HolidayCalendar Default => Embedded.Value;

    /// <summary>The first year for which a notice is recorded.</summary>
    public int FirstYear { get; }

    /// <summary>The last year for which a notice is recorded; later dates fall back to ordinary weekends.</summary>
    public int LastYear { get; }

    /// <summary>Reads a calendar in the <c>holidays-cn.tsv</c> format.</summary>
    /// <param name="reader">The tab-separated text.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="FormatException">A date or kind cannot be read.</exception>
    public static HolidayCalendar Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return FromRows(TsvData.Parse(reader));
    }

    /// <summary>Whether the calendar has the State Council notice for the year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>True when the year is covered.</returns>
    internal bool IsKnownYear(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>Classifies a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day with its kind and holiday.</returns>
    internal CalendarDay Describe(DateOnly date)
    {
        if (_days.TryGetValue(date, out var listed))
        {
            return new CalendarDay(date, listed.Kind, listed.Holiday, true);
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return new CalendarDay(date, weekend ? CalendarDayKind.Weekend : CalendarDayKind.Workday, null, IsKnownYear(date.Year));
    }

    /// <summary>Whether offices work on the date (调休 working weekends included).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a working day.</returns>
    internal bool IsWorkingDay(DateOnly date) => Describe(date).IsWorkingDay;

    private static HolidayCalendar LoadEmbedded()
    {
        using var stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidOperationException("内置数据文件 holidays-cn.tsv 缺失。");
        using var reader = new StreamReader(stream);
        return FromRows(TsvData.Parse(reader));
    }

    private static HolidayCalendar FromRows(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        var days = new Dictionary<DateOnly, (CalendarDayKind, string)>();
        foreach (var row in rows)
        {
            var text = row.GetValueOrDefault("date") ?? string.Empty;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"节假日数据中的日期“{text}”无法识别，应为 yyyy-MM-dd。");
            }

            var kind = (row.GetValueOrDefault("kind") ?? string.Empty) switch
            {
                "off" => CalendarDayKind.Holiday,
                "work" => CalendarDayKind.AdjustedWorkday,
                var other => throw new FormatException($"节假日数据中 {text} 的类型“{other}”无法识别，应为 off 或 work。"),
            };
            days[date] = (kind, row.GetValueOrDefault("holiday") ?? string.Empty);
        }

        return new HolidayCalendar(days);
    }
}
