using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2005NewCoercionTests
{
    [TestCase("第五条 对拒不整改的经营户，由县市场监督管理局⟦查封⟧其经营场所。")]
    [TestCase("第六条 逾期不缴纳的，每日按罚款数额的3%⟦加处罚款⟧。")]
    [TestCase("第七条 对拒不拆除的违法广告牌，⟦由县城市管理局代为履行⟧，费用由当事人承担。")]
    [TestCase("第九条 逾期未缴纳的，按日⟦加收万分之五的滞纳金⟧。")]
    [TestCase("第十条 对违规营运的，⟦暂扣其车辆⟧。")]
    public void CreatedCoercion_IsReported(string text)
    {
        var finding = RuleTester.AssertFindings("LR2005", text).Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [Test]
    public void CuttingUtilitiesToForceCompliance_IsReported()
    {
        var finding = RuleTester.AssertFindings("LR2005", "第八条 对拒不签订协议的养殖户，⟦停止供水供电⟧。").Single();
        Assert.That(finding.Message, Does.Contain("停止供水"));
    }

    [TestCase("第五条 行政机关不得对居民生活采取停止供水、供电等方式迫使当事人履行行政决定。")]
    [TestCase("第五条 由县市场监督管理局依法查封违法生产经营场所。")]
    [TestCase("第五条 协助人民法院查封、扣押被执行人财产。")]
    [TestCase("第五条 因管网维修需要停止供水的，供水单位应当提前24小时公告。")]
    [TestCase("第五条 借款人不能清偿的，担保人应当代为履行还款义务。")]
    [TestCase("第五条 严禁擅自查封企业正常生产经营场所。")]
    [TestCase("第五条 （三）违反法定权限和程序对企业财产实施查封、扣押的；")]
    public void ConstraintOrUnrelatedWording_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2005", text);
    }

    [Test]
    public void ClauseCitingSpecificArticle_IsDowngradedToInfo()
    {
        var finding = RuleTester.AssertFindings("LR2005", "第五条 对拒不整改的，⟦查封⟧其经营场所，依照《中华人民共和国食品安全法》第一百一十条执行。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(finding.Note, Is.Not.Null);
    }
}
