using LegalReview.Review;
using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4002ConsultationPeriodTests
{
    [Test]
    public void CompleteRecord_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4002", Unmarked(MarketText), metadata: Complete);
        RuleTester.AssertNoFindings("LR4002", Unmarked(PlainText), metadata: Complete);
    }

    [Test]
    public void MarketText_ShorterThanThirtyDays_IsReportedWithTheReason()
    {
        var f = Single("LR4002", MarketText, Complete with { ConsultationStart = new DateOnly(2025, 3, 1), ConsultationEnd = new DateOnly(2025, 3, 29) });
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(f.Message, Does.Contain("共29日").And.Contain("“企业”").And.Contain("不少于30日"));
    }

    [Test]
    public void MarketText_ThirtyDaysInclusive_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4002", Unmarked(MarketText), metadata: Complete with { ConsultationStart = new DateOnly(2025, 3, 1), ConsultationEnd = new DateOnly(2025, 3, 30) });
    }

    [Test]
    public void ProfileOverride_SetsThePeriod()
    {
        var options = new ReviewOptions { ProfileOverrides = { MarketCommentPeriodDays = 20 } };
        RuleTester.AssertNoFindings("LR4002", Unmarked(MarketText), options, Complete with { ConsultationStart = new DateOnly(2025, 3, 1), ConsultationEnd = new DateOnly(2025, 3, 20) });
    }

    [Test]
    public void PlainText_SevenCalendarDaysOverTheNationalDayHoliday_IsReported()
    {
        // 2025-09-29 to 2025-10-10: only 09-29, 09-30, 10-09, 10-10 are working days (10-11 is the 调休 Saturday, outside).
        var f = Single("LR4002", PlainText, Complete with { ConsultationStart = new DateOnly(2025, 9, 29), ConsultationEnd = new DateOnly(2025, 10, 10) });
        Assert.That(f.Message, Does.Contain("仅4个工作日").And.Contain("不少于7个工作日"));
    }

    [Test]
    public void PlainText_SevenWorkingDays_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4002", Unmarked(PlainText), metadata: Complete with { ConsultationStart = new DateOnly(2025, 3, 10), ConsultationEnd = new DateOnly(2025, 3, 18) });
    }

    [Test]
    public void MarketText_WithoutMarketParticipants_IsReported()
    {
        var f = Single("LR4002", MarketText, Complete with { ConsultedMarketParticipants = false });
        Assert.That(f.Message, Does.Contain("未听取市场主体"));
    }

    [Test]
    public void PlainText_WithoutMarketParticipants_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4002", Unmarked(PlainText), metadata: Complete with { ConsultedMarketParticipants = false });
    }

    [Test]
    public void MissingDates_GiveOneInfoNamingTheFact()
    {
        var message = SingleInfo("LR4002", PlainText, Complete with { ConsultationStart = null, ConsultationEnd = null });
        Assert.That(message, Is.EqualTo("未提供征求意见起止日期，无法核查征求意见期限。"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4002", Unmarked(MarketText));
    }
}
