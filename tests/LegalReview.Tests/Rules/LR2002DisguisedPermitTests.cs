using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2002DisguisedPermitTests
{
    [TestCase("第五条 培训机构实行备案管理，⟦未经备案的培训机构不得⟧开展招生活动。")]
    [TestCase("第六条 民宿⟦经县文化和旅游局等级认定后方可⟧对外营业。")]
    [TestCase("第七条 全县养老服务机构⟦每年接受一次年审⟧。")]
    [TestCase("第七条 市场开办方⟦每年组织一次经营户资格年审⟧。")]
    [TestCase("第八条 供应企业⟦纳入县预拌混凝土企业名录后方可⟧在本县承接业务。")]
    [TestCase("第九条 ⟦未列入县种苗供应目录的，一律不得⟧在本县销售。")]
    public void PreconditionForActivity_IsAnError(string text)
    {
        var finding = RuleTester.AssertFindings("LR2002", text).Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(finding.Message, Does.Contain("变相"));
    }

    [Test]
    public void ListManagementWithoutStatedNature_IsAWarning()
    {
        var finding = RuleTester.AssertFindings("LR2002", "第五条 ⟦对全县物流企业实行名录管理⟧。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
    }

    [TestCase("第五条 培训机构应当在开展招生活动后15日内将招生简章报县教育局备案，备案不作为开展招生活动的前置条件。")]
    [TestCase("第五条 未经备案的规范性文件，不得作为行政管理的依据。")]
    [TestCase("第五条 未办理不动产登记的，不得办理抵押手续。")]
    [TestCase("第五条 经认定后方可享受本办法规定的贷款贴息。")]
    [TestCase("第五条 对物流企业实行名录管理，名录仅用于统计监测，不作为市场准入的前置条件。")]
    [TestCase("第五条 行政机关不得以备案、登记等形式变相设定行政许可。")]
    [TestCase("第五条 未依法办理特种设备使用登记的，不得投入使用。")]
    [TestCase("第五条 实行项目储备制度，未入库的项目不得安排财政资金。")]
    public void InformationalOrStatutoryRegistration_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2002", text);
    }
}
