using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2010CreditPunishmentTests
{
    [Test]
    public void BlacklistAndExposure_AreReported()
    {
        RuleTester.AssertFindings("LR2010", "第五条 对拖欠保洁费的商户，⟦纳入县商户诚信黑名单⟧，并⟦在县电视台予以曝光⟧。");
    }

    [TestCase("第六条 对违反承诺的企业实施⟦联合惩戒⟧。")]
    [TestCase("第七条 出租车驾驶员每被投诉一次，⟦扣减其信用分⟧5分。")]
    [TestCase("第八条 对弄虚作假的，⟦列入失信名单⟧。")]
    public void CreditSanction_IsReported(string text)
    {
        var finding = RuleTester.AssertFindings("LR2010", text).Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [TestCase("第五条 对列入失信被执行人名单的企业，依法限制其参与政府采购。")]
    [TestCase("第五条 按照国家有关规定实施失信联合惩戒。")]
    [TestCase("第五条 严禁擅自将企业列入黑名单。")]
    [TestCase("第五条 对守信主体在办理行政审批时给予便利。")]
    public void CentralBasisOrRestraint_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2010", text);
    }

    [Test]
    public void ClauseCitingSpecificArticle_IsDowngradedToInfo()
    {
        var finding = RuleTester.AssertFindings("LR2010", "第五条 县市场监督管理局依照《企业信息公示暂行条例》第十七条的规定，将符合条件的企业⟦列入严重违法失信名单⟧。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(finding.Note, Does.Contain("第十七条"));
    }
}
