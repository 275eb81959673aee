using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR1001IssuerNotLawfulBodyTests
{
    private const string Body = """
        第一条 为了规范户外广告设置，制定本办法。
        第二条 本办法自2025年5月1日起施行，有效期5年。
        """;

    [TestCase("县城市管理局市容股")]
    [TestCase("县交通运输局运输管理科")]
    [TestCase("县市场监督管理局政策法规处")]
    public void InternalDivision_IsReported(string issuer)
    {
        var findings = RuleTester.AssertFindings("LR1001", $"⟦{issuer}⟧关于规范户外广告设置的通知\n{Body}");
        Assert.That(findings.Single().Message, Does.Contain("内设机构"));
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [TestCase("县创建全国文明城市工作领导小组办公室")]
    [TestCase("县城区改造项目建设指挥部")]
    [TestCase("县营商环境优化工作专班")]
    [TestCase("县安全生产委员会")]
    public void CoordinationBody_IsReported(string issuer)
    {
        var findings = RuleTester.AssertFindings("LR1001", $"⟦{issuer}⟧关于加强城区管理的通知\n{Body}");
        Assert.That(findings.Single().Message, Does.Contain("议事协调机构或临时机构"));
    }

    [Test]
    public void CompanyAsJointIssuerInClosing_IsReported()
    {
        var text = $"""
            县住房和城乡建设局 ⟦县城投集团有限公司⟧关于规范物业服务的通知
            {Body}
            县住房和城乡建设局 县城投集团有限公司
            2025年3月1日
            """;
        var findings = RuleTester.AssertFindings("LR1001", text);
        Assert.That(findings.Single().Message, Does.Contain("非行政主体"));
    }

    [Test]
    public void IndustryAssociationInHeader_IsReported()
    {
        var text = $"""
            ⟦县餐饮行业协会⟧文件
            关于规范餐饮油烟治理的通知
            {Body}
            """;
        RuleTester.AssertFindings("LR1001", text);
    }

    [TestCase("县城市管理局")]
    [TestCase("县人民政府办公室")]
    [TestCase("县人民政府")]
    [TestCase("城关街道办事处")]
    [TestCase("县发展和改革委员会")]
    [TestCase("县科学技术局")]
    public void LawfulIssuer_IsNotReported(string issuer)
    {
        RuleTester.AssertNoFindings("LR1001", $"{issuer}关于规范户外广告设置的通知\n{Body}");
    }

    [Test]
    public void KnownIssuerWhitelist_SuppressesTheCheck()
    {
        var options = new ReviewOptions { KnownIssuers = ["县城市管理局市容股"] };
        RuleTester.AssertNoFindings("LR1001", $"县城市管理局市容股关于规范户外广告设置的通知\n{Body}", options);
    }

    [Test]
    public void CoordinationBodyMentionedInBody_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR1001", """
            县人民政府关于成立县城区改造工作领导小组的通知
            第一条 县城区改造工作领导小组负责统筹协调城区改造中的重大事项。
            第二条 本办法自2025年5月1日起施行，有效期5年。
            """);
    }
}
