using LegalReview.Calendar;

namespace LegalReview.Tests.Calendar;

/// <summary>The working-day arithmetic the procedure rules use, on the one deadline engine.</summary>
public sealed class WorkingDayArithmeticTests
{
    private static DeadlineCalculator Calendar => DeadlineCalculator.Default;

    [Test]
    public void FiveWorkingDaysFrom2026_02_12_EndOn2026_02_26()
    {
        // 2026-02-14 is a 调休 working Saturday; 02-15 to 02-23 are the Spring Festival holiday.
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 5).DueOn, Is.EqualTo(new DateOnly(2026, 2, 26)));
    }

    [Test]
    public void SevenWorkingDaysFrom2025_09_26_EndOn2025_10_13()
    {
        // 2025-09-28 (Sunday) and 2025-10-11 (Saturday) are 调休 working days; 10-01 to 10-08 are off.
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2025, 9, 26), 7).DueOn, Is.EqualTo(new DateOnly(2025, 10, 13)));
    }

    [TestCase("2025-09-05", 30, "2025-10-09")]
    [TestCase("2024-09-01", 30, "2024-10-08")]
    [TestCase("2026-01-29", 30, "2026-02-28")]
    [TestCase("2025-03-10", 30, "2025-04-09")]
    public void CalendarPeriodEndingOnRestDay_MovesToNextWorkingDay(string published, int days, string expected)
    {
        Assert.That(Calendar.AddDays(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), days).DueOn,
            Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("2026-02-14", true)]
    [TestCase("2026-02-16", false)]
    [TestCase("2025-10-11", true)]
    [TestCase("2025-10-12", false)]
    [TestCase("2025-03-12", true)]
    [TestCase("2025-03-15", false)]
    public void IsWorkingDay_FollowsWeekendsAndStateCouncilArrangements(string day, bool working)
    {
        Assert.That(Calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(working));
    }

    [Test]
    public void Covers_IsFalseForAYearWithoutANotice()
    {
        Assert.That(Calendar.Covers(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), Is.True);
        Assert.That(Calendar.Covers(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 31)), Is.False);
    }

    [Test]
    public void ZeroWorkingDays_ReturnsTheStartDay()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2025, 3, 15), 0).DueOn, Is.EqualTo(new DateOnly(2025, 3, 15)));
    }

    [Test]
    public void CountWorkingDays_IncludesBothEnds()
    {
        Assert.That(Calendar.CountWorkingDays(new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 16)), Is.EqualTo(5));
    }
}
