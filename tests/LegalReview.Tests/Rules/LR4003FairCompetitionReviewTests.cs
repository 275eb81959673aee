using LegalReview.Review;
using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4003FairCompetitionReviewTests
{
    [Test]
    public void CompleteRecord_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4003", Unmarked(MarketText), metadata: Complete);
    }

    [Test]
    public void MarketText_WithoutConclusion_IsReported()
    {
        var f = Single("LR4003", MarketText, Complete with { FairCompetitionConclusion = string.Empty });
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(f.Message, Does.Contain("书面审查结论").And.Contain("“企业”"));
    }

    [Test]
    public void GovernmentText_ReviewedByDrafterAlone_IsReported()
    {
        var f = Single("LR4003", MarketText, Complete with { FairCompetitionJointReview = false });
        Assert.That(f.Message, Does.Contain("晋江市人民政府").And.Contain("市场监督管理部门"));
    }

    [Test]
    public void TextWithoutMarketWords_IsNotChecked()
    {
        RuleTester.AssertNoFindings("LR4003", Unmarked(PlainText), metadata: Complete with { FairCompetitionConclusion = string.Empty, FairCompetitionJointReview = false });
        RuleTester.AssertNoFindings("LR4003", Unmarked(PlainText), metadata: Empty);
    }

    [Test]
    public void MissingConclusion_GivesOneInfo()
    {
        var message = SingleInfo("LR4003", MarketText, Complete with { FairCompetitionConclusion = null, FairCompetitionJointReview = null });
        Assert.That(message, Does.StartWith("文件内容与市场主体经济活动密切相关").And.Contain("但未提供公平竞争审查结论、是否会同市场监督管理部门审查的情况"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4003", Unmarked(MarketText));
    }
}
