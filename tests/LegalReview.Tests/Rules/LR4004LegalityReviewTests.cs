using LegalReview.Review;
using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4004LegalityReviewTests
{
    [Test]
    public void CompleteRecord_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4004", Unmarked(MarketText), metadata: Complete);
    }

    [Test]
    public void DeliberationBeforeOpinion_IsReported()
    {
        var f = Single("LR4004", MarketText, Complete with { CollectiveDeliberationDate = new DateOnly(2025, 2, 18) });
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(f.Message, Does.Contain("未经合法性审核即提交集体审议"));
    }

    [Test]
    public void UnresolvedChanges_AreReported()
    {
        var f = Single("LR4004", MarketText, Complete with { LegalityReviewConclusion = "修改后合法", LegalityReviewResolved = false });
        Assert.That(f.Message, Does.Contain("尚未落实"));
    }

    [Test]
    public void UnlawfulConclusion_IsReported()
    {
        var f = Single("LR4004", MarketText, Complete with { LegalityReviewConclusion = "不合法", LegalityReviewResolved = false });
        Assert.That(f.Message, Does.Contain("不得提交集体审议"));
    }

    [Test]
    public void ReviewOverTheSpringFestival_CountsOnlyWorkingDays()
    {
        // Sent 2026-02-12; 02-13 and the 调休 Saturday 02-14 are the only working days before 02-24.
        var f = Single("LR4004", MarketText, Complete with
        {
            LegalityReviewSubmitted = new DateOnly(2026, 2, 12),
            LegalityReviewDate = new DateOnly(2026, 2, 24),
            CollectiveDeliberationDate = new DateOnly(2026, 3, 2),
        });
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(f.Message, Does.Contain("仅3个工作日"));
    }

    [Test]
    public void MajorDecision_NeedsSevenWorkingDays()
    {
        // 2025-02-11 → 2025-02-18 is five working days: enough in general, too short for a 重大行政决策.
        var metadata = Complete with { LegalityReviewDate = new DateOnly(2025, 2, 18) };
        RuleTester.AssertNoFindings("LR4004", Unmarked(MarketText), metadata: metadata);
        var f = Single("LR4004", MarketText, metadata with { IsMajorDecision = true });
        Assert.That(f.Message, Does.Contain("重大行政决策事项").And.Contain("7个工作日"));
    }

    [Test]
    public void MissingOpinion_GivesOneInfo()
    {
        var message = SingleInfo("LR4004", MarketText, Complete with { LegalityReviewDate = null, LegalityReviewConclusion = null });
        Assert.That(message, Does.StartWith("未提供合法性审核意见日期、合法性审核结论"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4004", Unmarked(MarketText));
    }
}
