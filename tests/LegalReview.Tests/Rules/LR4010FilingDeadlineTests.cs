using LegalReview.Review;
using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4010FilingDeadlineTests
{
    [Test]
    public void FiledWithinThirtyDays_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4010", Unmarked(PlainText), metadata: Complete);
    }

    [Test]
    public void LastDayInTheNationalDayHoliday_MovesToTheNextWorkingDay()
    {
        // Published 2025-09-05: day 30 is 2025-10-05, a holiday; the period ends on 2025-10-09.
        var metadata = Complete with { PublicationDate = new DateOnly(2025, 9, 5), FilingDate = new DateOnly(2025, 10, 9) };
        RuleTester.AssertNoFindings("LR4010", Unmarked(PlainText), metadata: metadata);
        var f = Single("LR4010", PlainText, metadata with { FilingDate = new DateOnly(2025, 10, 10) });
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(f.Message, Does.Contain("2025年10月9日").And.Contain("逾期1日"));
    }

    [Test]
    public void FujianProfile_FifteenDays()
    {
        var options = new ReviewOptions { Profile = "fujian" };
        var f = RuleTester.AssertFindings("LR4010", PlainText, options, Complete with { PublicationDate = new DateOnly(2025, 3, 10), FilingDate = new DateOnly(2025, 3, 26) }).Single();
        Assert.That(f.Message, Does.Contain("15日内").And.Contain("2025年3月25日"));
    }

    [Test]
    public void NotYetFiled_AfterTheDeadline_IsAnInfoNamingTheMissingDate()
    {
        var message = SingleInfo("LR4010", PlainText, Complete with { FilingDate = null, ReviewDate = new DateOnly(2025, 4, 20) });
        Assert.That(message, Does.StartWith("未提供报送备案日期").And.Contain("已逾期11日"));
    }

    [Test]
    public void DeadlineInAYearWithoutHolidayNotice_SaysTheCalendarIsIncomplete()
    {
        // Day 30 after 2026-12-10 is Saturday 2027-01-09; without the 2027 notice only the weekend is known.
        var f = Single("LR4010", PlainText, Complete with { PublicationDate = new DateOnly(2026, 12, 10), FilingDate = new DateOnly(2027, 1, 12) });
        Assert.That(f.Message, Does.Contain("2027年1月11日").And.Contain("尚未载入"));
    }

    [Test]
    public void MissingPublicationDate_GivesOneInfo()
    {
        var message = SingleInfo("LR4010", PlainText, Complete with { PublicationDate = null });
        Assert.That(message, Is.EqualTo("未提供公布日期，无法核查是否按期报送备案。"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4010", Unmarked(PlainText));
    }
}
