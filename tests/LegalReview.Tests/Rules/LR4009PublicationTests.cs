using LegalReview.Review;
using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4009PublicationTests
{
    [Test]
    public void CompleteRecord_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4009", Unmarked(PlainText), metadata: Complete);
    }

    [Test]
    public void PublishedOnTheTwentiethWorkingDay_IsNotReported()
    {
        // Signed 2025-09-26: twenty working days later, counting 09-28 and 10-11 as 调休 working days, is 2025-10-30.
        RuleTester.AssertNoFindings("LR4009", Unmarked(PlainText), metadata: Complete with { SignedDate = new DateOnly(2025, 9, 26), PublicationDate = new DateOnly(2025, 10, 30) });
    }

    [Test]
    public void PublishedAfterTwentyWorkingDays_IsReported()
    {
        var f = Single("LR4009", PlainText, Complete with { SignedDate = new DateOnly(2025, 9, 26), PublicationDate = new DateOnly(2025, 10, 31) });
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(f.Message, Does.Contain("超过20个工作日").And.Contain("2025年10月30日"));
    }

    [Test]
    public void WithoutSignedDate_CountsFromTheIssueDate()
    {
        var f = Single("LR4009", PlainText, Complete with { SignedDate = null, PublicationDate = new DateOnly(2025, 4, 30) });
        Assert.That(f.Message, Does.Contain("2025年3月5日成文"));
    }

    [Test]
    public void NotUnderThreeUnifications_IsReported()
    {
        var f = Single("LR4009", PlainText, Complete with { UnifiedRegistration = false });
        Assert.That(f.Message, Does.Contain("统一登记、统一编号、统一印发"));
    }

    [Test]
    public void MissingPublicationDate_GivesOneInfo()
    {
        var message = SingleInfo("LR4009", PlainText, Complete with { PublicationDate = null, UnifiedRegistration = null });
        Assert.That(message, Does.StartWith("未提供公布日期、统一登记编号情况"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4009", Unmarked(PlainText));
    }
}
