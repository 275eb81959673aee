using LegalReview.Review;
using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4001PublicConsultationTests
{
    [Test]
    public void CompleteRecord_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4001", Unmarked(MarketText), metadata: Complete);
    }

    [Test]
    public void CommentHandlingNotReported_IsAnError()
    {
        var f = Single("LR4001", MarketText, Complete with { CommentHandlingReported = false });
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(f.Message, Does.Contain("采纳情况"));
    }

    [Test]
    public void EndBeforeStart_IsReported()
    {
        var f = Single("LR4001", MarketText, Complete with { ConsultationEnd = new DateOnly(2024, 12, 1) });
        Assert.That(f.Message, Does.Contain("早于开始日期"));
    }

    [Test]
    public void MissingDatesAndHandling_GiveOneInfo()
    {
        var message = SingleInfo("LR4001", MarketText, Complete with { ConsultationStart = null, CommentHandlingReported = null });
        Assert.That(message, Does.StartWith("未提供征求意见起止日期、意见采纳情况"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4001", Unmarked(MarketText));
    }
}
