using LegalReview.Calendar;

namespace LegalReview.Tests.Calendar;

public sealed class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void ThirtyDays_FromSeptember5th2025_EndsAfterNationalDayHoliday()
    {
        var result = Calculator.AddDays(D("2025-09-05"), 30);

        Assert.That(result.NominalEnd, Is.EqualTo(D("2025-10-05")));
        Assert.That(result.DueOn, Is.EqualTo(D("2025-10-09")));
        Assert.That(result.SkippedDays.Select(d => d.Date), Is.EqualTo(new[] { D("2025-10-05"), D("2025-10-06"), D("2025-10-07"), D("2025-10-08") }));
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public void ThirtyDays_FromSeptember1st2024_EndsOnOctober8th()
    {
        var result = Calculator.AddDays(D("2024-09-01"), 30);

        Assert.That(result.NominalEnd, Is.EqualTo(D("2024-10-01")));
        Assert.That(result.DueOn, Is.EqualTo(D("2024-10-08")));
        Assert.That(result.WasExtended, Is.True);
    }

    [Test]
    public void ThirtyDays_EndingOnAdjustedWorkingSaturday_IsNotExtended()
    {
        var result = Calculator.AddDays(D("2026-01-29"), 30);

        Assert.That(result.DueOn, Is.EqualTo(D("2026-02-28")));
        Assert.That(result.WasExtended, Is.False);
        Assert.That(result.Reasoning, Has.Some.Contains("调休上班日").And.Some.Contains("不顺延"));
    }

    [Test]
    public void FiveWorkingDays_FromFebruary12th2026_CountsTheAdjustedSaturdayAndSkipsSpringFestival()
    {
        var result = Calculator.AddWorkingDays(D("2026-02-12"), 5);

        Assert.That(result.DueOn, Is.EqualTo(D("2026-02-26")));
        Assert.That(result.SkippedDays.Select(d => d.Date), Does.Contain(D("2026-02-15")).And.Contain(D("2026-02-23")).And.Not.Contain(D("2026-02-14")));
        Assert.That(result.Reasoning, Has.Some.Contains("2026-02-14（星期六）为春节调休上班日，计为第2个工作日"));
    }

    [Test]
    public void SevenWorkingDays_FromSeptember26th2025_CountsBothAdjustedWeekendDays()
    {
        var result = Calculator.AddWorkingDays(D("2025-09-26"), 7);

        Assert.That(result.DueOn, Is.EqualTo(D("2025-10-13")));
        Assert.That(result.Reasoning, Has.Some.Contains("2025-09-28（星期日）").And.Some.Contains("2025-10-11（星期六）"));
    }

    [Test]
    public void StartDayIsNotCounted()
    {
        var result = Calculator.AddDays(D("2024-03-04"), 1);

        Assert.That(result.DueOn, Is.EqualTo(D("2024-03-05")));
        Assert.That(result.Reasoning[0], Does.Contain("当日不计入").And.Contain("第二百零一条"));
    }

    [Test]
    public void OrdinaryWeekendAtTheEnd_MovesToMonday()
    {
        var result = Calculator.AddDays(D("2024-03-01"), 15);

        Assert.That(result.NominalEnd, Is.EqualTo(D("2024-03-16")));
        Assert.That(result.DueOn, Is.EqualTo(D("2024-03-18")));
        Assert.That(result.Reasoning, Has.Some.Contains("第二百零三条"));
    }

    [Test]
    public void Months_EndOnTheCorrespondingDay()
    {
        var result = Calculator.AddMonths(D("2024-03-15"), 6);

        Assert.That(result.DueOn, Is.EqualTo(D("2024-09-18")), "2024-09-15 is 中秋 and 09-16/17 are off");
        Assert.That(result.NominalEnd, Is.EqualTo(D("2024-09-15")));
    }

    [Test]
    public void Months_WithoutCorrespondingDay_EndOnTheMonthsLastDay()
    {
        var result = Calculator.AddMonths(D("2025-08-31"), 1);

        Assert.That(result.NominalEnd, Is.EqualTo(D("2025-09-30")));
        Assert.That(result.DueOn, Is.EqualTo(D("2025-09-30")));
        Assert.That(result.Reasoning, Has.Some.Contains("该月最后一日"));
    }

    [Test]
    public void Months_EndingOnFebruaryInALeapYear_EndOnThe29th()
    {
        var result = Calculator.AddMonths(D("2023-11-30"), 3);

        Assert.That(result.NominalEnd, Is.EqualTo(D("2024-02-29")));
        Assert.That(result.DueOn, Is.EqualTo(D("2024-02-29")));
    }

    [Test]
    public void DatePastTheLastKnownYear_WarnsAndFallsBackToWeekends()
    {
        var result = Calculator.AddDays(D("2026-12-20"), 15);

        Assert.That(Calculator.Calendar.LastYear, Is.EqualTo(2026));
        Assert.That(result.NominalEnd, Is.EqualTo(D("2027-01-04")));
        Assert.That(result.DueOn, Is.EqualTo(D("2027-01-04")), "an ordinary Monday once the calendar runs out");
        Assert.That(result.Warnings, Has.Count.EqualTo(1));
        Assert.That(result.Warnings[0], Does.Contain("2027年的放假安排尚未收录").And.Contain("普通周末"));
    }

    [Test]
    public void WorkingDaysPastTheLastKnownYear_SkipOrdinaryWeekendsAndWarn()
    {
        var result = Calculator.AddWorkingDays(D("2026-12-31"), 2);

        Assert.That(result.DueOn, Is.EqualTo(D("2027-01-04")));
        Assert.That(result.Warnings, Is.Not.Empty);
    }

    [Test]
    public void LateDecemberOfTheLastKnownYear_WarnsThatTheNextNoticeMayChangeIt()
    {
        var result = Calculator.AddDays(D("2026-12-15"), 15);

        Assert.That(result.DueOn, Is.EqualTo(D("2026-12-30")));
        Assert.That(result.Warnings, Has.Count.EqualTo(1));
        Assert.That(result.Warnings[0], Does.Contain("2027年的放假安排尚未收录").And.Contain("元旦调休"));
        Assert.That(Calculator.AddDays(D("2025-12-15"), 15).Warnings, Is.Empty, "the 2026 notice is known");
    }

    [Test]
    public void ReasoningEndsWithTheDueDate()
    {
        var result = Calculator.AddDays(D("2025-09-05"), 30);

        Assert.That(result.Reasoning[^1], Is.EqualTo("截止日期：2025-10-09（星期四）。"));
        Assert.That(result.Reasoning, Has.Some.Contains("2025-10-05（星期日）为国庆节、中秋节放假"));
    }

    [Test]
    public void NegativePeriod_IsRejected()
    {
        Assert.That(() => Calculator.AddDays(D("2025-01-01"), -1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
