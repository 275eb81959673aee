using LegalReview.Review;
using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4011FilingPackageTests
{
    [Test]
    public void CompletePackage_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4011", Unmarked(MarketText), metadata: Complete);
    }

    [Test]
    public void MissingItems_AreListed()
    {
        var f = Single("LR4011", PlainText, Complete with { FilingPackage = ["备案报告", "电子文本"] });
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(f.Message, Does.Contain("正式文本").And.Contain("起草（制定）说明").And.Contain("合法性审核意见").And.Not.Contain("公平竞争"));
    }

    [Test]
    public void MarketText_NeedsTheFairCompetitionConclusion()
    {
        var package = Complete.FilingPackage!.Where(i => i != "公平竞争审查结论").ToList();
        RuleTester.AssertNoFindings("LR4011", Unmarked(PlainText), metadata: Complete with { FilingPackage = package });
        var f = Single("LR4011", MarketText, Complete with { FilingPackage = package });
        Assert.That(f.Message, Does.Contain("公平竞争审查结论").And.Contain("“企业”"));
    }

    [Test]
    public void UsualAliases_AreAccepted()
    {
        RuleTester.AssertNoFindings("LR4011", Unmarked(PlainText), metadata: Complete with
        {
            FilingPackage = ["规范性文件备案报告", "文件纸质文本", "电子版", "起草（制定）说明（含征求意见及采纳情况）", "制定依据", "合法性审查意见书"],
        });
    }

    [Test]
    public void MissingList_GivesOneInfo()
    {
        var message = SingleInfo("LR4011", PlainText, Complete with { FilingPackage = null });
        Assert.That(message, Is.EqualTo("未提供备案材料清单，无法核查备案材料是否齐全。"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4011", Unmarked(PlainText));
    }
}
