using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2012CivilEffectsTests
{
    [TestCase("第五条 出租人未履行登记义务的，与承租人⟦承担连带责任⟧。")]
    [TestCase("第六条 未经备案的租赁⟦合同无效⟧。")]
    [TestCase("第七条 逾期未领取暂存物品的，⟦视为自动放弃⟧所有权。")]
    [TestCase("第八条 施工单位延期交付的，⟦按日支付合同价款千分之一的违约金⟧。")]
    [TestCase("第九条 社会资本投资建设的充电设施，⟦产权一律归⟧县城投公司所有。")]
    public void CreatedCivilEffect_IsAnError(string text)
    {
        var finding = RuleTester.AssertFindings("LR2012", text).Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [Test]
    public void MentionOfCivilCode_MakesItAWarning()
    {
        var finding = RuleTester.AssertFindings("LR2012", "第五条 出租人与承租人⟦承担连带责任⟧，具体按照《中华人民共和国民法典》有关规定执行。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
    }

    [TestCase("第五条 出租人与承租人应当依法签订租赁合同，明确双方的权利义务。")]
    [TestCase("第五条 甲方逾期付款的，按合同约定按日支付违约金。")]
    [TestCase("第五条 逾期未申报的，视为自动放弃本年度补贴申请。")]
    [TestCase("第五条 保证人应当依法承担连带责任。")]
    public void LawfulOrAgreedEffect_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2012", text);
    }
}
