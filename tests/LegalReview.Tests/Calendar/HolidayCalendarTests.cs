using LegalReview.Calendar;

namespace LegalReview.Tests.Calendar;

public sealed class HolidayCalendarTests
{
    [Test]
    public void EmbeddedCalendar_KnowsHolidaysAndAdjustedWorkdays()
    {
        var calendar = HolidayCalendar.Default;

        Assert.That(calendar.Describe(new DateOnly(2024, 10, 1)).Kind, Is.EqualTo(CalendarDayKind.Holiday));
        Assert.That(calendar.Describe(new DateOnly(2024, 9, 29)).Kind, Is.EqualTo(CalendarDayKind.AdjustedWorkday));
        Assert.That(calendar.IsWorkingDay(new DateOnly(2024, 9, 29)), Is.True);
        Assert.That(calendar.Describe(new DateOnly(2024, 9, 28)).Kind, Is.EqualTo(CalendarDayKind.Weekend));
        Assert.That(calendar.Describe(new DateOnly(2024, 9, 27)).Kind, Is.EqualTo(CalendarDayKind.Workday));
        Assert.That(calendar.Describe(new DateOnly(2024, 2, 10)).Holiday, Is.EqualTo("春节"));
    }

    [Test]
    public void LoadedCalendar_RejectsUnknownKinds()
    {
        const string Tsv = "date\tholiday\tkind\tnotice\n2030-01-01\t元旦\tholiday\tx\n";

        Assert.That(() => HolidayCalendar.Load(new StringReader(Tsv)), Throws.TypeOf<FormatException>().With.Message.Contains("off 或 work"));
    }

    [Test]
    public void LoadedCalendar_ReplacesTheEmbeddedOne()
    {
        const string Tsv = "# test\ndate\tholiday\tkind\tnotice\n2030-01-01\t元旦\toff\tx\n2030-01-05\t元旦\twork\tx\n";
        var calendar = HolidayCalendar.Load(new StringReader(Tsv));

        Assert.That(calendar.FirstYear, Is.EqualTo(2030));
        Assert.That(calendar.LastYear, Is.EqualTo(2030));
        Assert.That(calendar.IsWorkingDay(new DateOnly(2030, 1, 1)), Is.False);
        Assert.That(calendar.IsWorkingDay(new DateOnly(2030, 1, 5)), Is.True);
        Assert.That(calendar.Describe(new DateOnly(2031, 1, 6)).IsKnown, Is.False);
    }
}
