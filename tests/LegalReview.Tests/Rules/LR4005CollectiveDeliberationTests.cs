using LegalReview.Review;
using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4005CollectiveDeliberationTests
{
    [Test]
    public void CompleteRecord_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4005", Unmarked(PlainText), metadata: Complete);
    }

    [Test]
    public void SignedBeforeDeliberation_IsReported()
    {
        var f = Single("LR4005", PlainText, Complete with { CollectiveDeliberationDate = new DateOnly(2025, 3, 6) });
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(f.Message, Does.Contain("未经集体审议决定即签发"));
    }

    [Test]
    public void PublishedBeforeDeliberation_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR4005", PlainText, metadata: Complete with { CollectiveDeliberationDate = new DateOnly(2025, 3, 12) });
        Assert.That(findings.Select(f => f.Message), Has.Some.Contains("即签发").And.Some.Contains("即公布"));
    }

    [Test]
    public void MissingDeliberation_GivesOneInfo()
    {
        var message = SingleInfo("LR4005", PlainText, Complete with { CollectiveDeliberationDate = null });
        Assert.That(message, Is.EqualTo("未提供集体审议日期，无法核查文件是否经集体审议决定后签发。"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4005", Unmarked(PlainText));
    }
}
