using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2011PowerExpansionTests
{
    [TestCase("第五条 ⟦本局有权⟧随时调整补贴标准。")]
    [TestCase("第六条 对投诉超过两次的企业，⟦不再受理⟧其申请。")]
    [TestCase("第七条 入驻⟦企业自行承担安全监管责任⟧。")]
    [TestCase("第八条 因使用不当⟦发生事故的，由使用人自负⟧。")]
    [TestCase("第九条 ⟦本局不承担任何责任⟧。")]
    [TestCase("第十条 补贴对象⟦由本局最终认定⟧。")]
    public void PowerExpansionOrDutyShedding_IsAWarning(string text)
    {
        var finding = RuleTester.AssertFindings("LR2011", text).Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
    }

    [TestCase("第五条 本办法由县农业农村局负责解释。")]
    [TestCase("第五条 逾期未申报的，不再受理。")]
    [TestCase("第五条 企业对本单位的安全生产承担主体责任。")]
    [TestCase("第五条 本局应当在受理之日起十五日内作出决定。")]
    [TestCase("第五条 对同一事项已经处理完毕的重复投诉，不再受理。")]
    [TestCase("第五条 统一办理意外伤害保险后，各单位不再办理其他同类保险。")]
    public void OrdinaryAllocationOfDuties_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2011", text);
    }

    [Test]
    public void ClauseCitingSpecificArticle_IsDowngradedToInfo()
    {
        var finding = RuleTester.AssertFindings("LR2011", "第五条 ⟦本局有权⟧查阅、复制有关统计资料，依照《中华人民共和国统计法》第三十五条的规定执行。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(finding.Note, Is.Not.Null);
    }
}
