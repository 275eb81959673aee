using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR1005UnlawfulDelegationTests
{
    [TestCase("第五条 ⟦委托县物流行业协会负责货运车辆通行证的审批⟧。")]
    [TestCase("第五条 对违规停放车辆的，⟦由城区物业服务企业实施罚款⟧。")]
    [TestCase("第五条 ⟦授权县城投公司开展市容执法检查⟧。")]
    [TestCase("第五条 ⟦委托各村民委员会对违法建筑实施查封⟧。")]
    public void DelegationOfPower_IsReported(string text)
    {
        var findings = RuleTester.AssertFindings("LR1005", text);
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [Test]
    public void EntrustingCoerciveMeasures_SaysTheyCannotBeEntrusted()
    {
        var findings = RuleTester.AssertFindings("LR1005", "第五条 ⟦委托县城市管理综合服务中心对占道经营物品实施扣押⟧。");
        Assert.That(findings.Single().Message, Does.Contain("不得委托"));
    }

    [Test]
    public void AuthorisationByNormativeDocument_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR1005", "第五条 ⟦授权县农业综合服务中心行使行政处罚⟧权。");
        Assert.That(findings.Single().Message, Does.Contain("无权授权"));
    }

    [TestCase("第五条 法律、法规授权的具有管理公共事务职能的组织依法实施行政处罚。")]
    [TestCase("第五条 受委托的组织在委托范围内，以委托行政机关名义实施行政处罚。")]
    [TestCase("第五条 行政机关不得委托其他组织实施查封、扣押。")]
    [TestCase("第五条 县城市管理局可以委托第三方机构开展监督检查中的技术检测工作。")]
    [TestCase("第五条 县交通运输局负责货运车辆通行证的审批，县物流行业协会协助做好政策宣传。")]
    [TestCase("第五条 委托会计师事务所对专项资金使用情况进行审计。")]
    public void LawfulOrDescriptiveWording_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR1005", text);
    }
}
