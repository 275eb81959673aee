using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2013RetroactivityTests
{
    private static string Doc(string title, string articles, string effective, string issued) => $"""
        {title}
        第一条 为了规范城区停车秩序，制定本办法。
        {articles}
        第九条 本办法{effective}，有效期5年。
        永春县人民政府
        {issued}
        """;

    [Test]
    public void EffectiveBeforeIssue_IsAnError()
    {
        var findings = RuleTester.AssertFindings("LR2013", Doc("永春县城区停车管理办法", "第二条 停车设施应当规范设置。", "⟦自2024年1月1日起施行⟧", "2024年3月5日"));
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(findings.Single().Message, Does.Contain("早于成文日期"));
    }

    [Test]
    public void EffectiveBeforeIssueInSubsidyDocument_IsInfo()
    {
        var findings = RuleTester.AssertFindings("LR2013", Doc("永春县新能源汽车充电设施建设补贴办法", "第二条 补贴资金按年度拨付。", "⟦自2024年1月1日起施行⟧", "2024年3月5日"));
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Info));
    }

    [Test]
    public void NewBurdenOnPastConduct_IsAnError()
    {
        var findings = RuleTester.AssertFindings("LR2013", Doc("永春县城区停车管理办法", "第二条 ⟦本办法施行前已建成的停车设施，按照本办法的规定整改⟧。", "自2024年4月5日起施行", "2024年3月5日"));
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [Test]
    public void PastConductJudgedByNewRules_IsAnError()
    {
        RuleTester.AssertFindings("LR2013", Doc("永春县城区停车管理办法", "第二条 ⟦本办法实施前发生的违规停车行为，适用本办法⟧。", "自2024年4月5日起施行", "2024年3月5日"));
    }

    [Test]
    public void BeneficialRetroactivity_IsInfo()
    {
        var findings = RuleTester.AssertFindings("LR2013", Doc("永春县城区停车管理办法", "第二条 ⟦本办法施行前已投入运营的公共停车场，可以按照本办法申请⟧建设补贴。", "自2024年4月5日起施行", "2024年3月5日"));
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Info));
    }

    [TestCase("自2024年4月5日起施行")]
    [TestCase("自印发之日起30日后施行")]
    [TestCase("自2024年3月5日起施行")]
    public void EffectiveOnOrAfterIssue_IsNotReported(string effective)
    {
        RuleTester.AssertNoFindings("LR2013", Doc("永春县城区停车管理办法", "第二条 本办法施行前已建成的停车设施，按照原规定执行。", effective, "2024年3月5日"));
    }
}
