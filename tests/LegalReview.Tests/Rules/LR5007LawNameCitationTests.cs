using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR5007LawNameCitationTests
{
    private static string Doc(string article) => "晋江市城市道路挖掘管理办法\n第一条 " + article + "\n第二条 本办法自2025年5月1日起施行。";

    [Test]
    public void BareLawName_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5007", Doc("根据⟦行政许可法⟧第十七条的规定，制定本办法。"));
        Assert.That(findings.Single().Message, Does.Contain("未加书名号"));
        Assert.That(findings.Single().Suggestion, Does.Contain("《中华人民共和国行政许可法》"));
    }

    [Test]
    public void BareRegulationName_IsReported()
    {
        RuleTester.AssertFindings("LR5007", Doc("依照⟦优化营商环境条例⟧，制定本办法。"));
        RuleTester.AssertFindings("LR5007", Doc("根据《中华人民共和国中小企业促进法》和⟦优化营商环境条例⟧等规定，制定本办法。"));
    }

    [Test]
    public void FirstCitationWithoutPrc_IsReportedOnlyOnce()
    {
        var findings = RuleTester.AssertFindings("LR5007", Doc("根据《⟦行政许可法⟧》《优化营商环境条例》等规定，制定本办法。《行政许可法》另有规定的，从其规定。"));
        Assert.That(findings.Single().Message, Does.Contain("中华人民共和国行政许可法"));
    }

    [Test]
    public void ShortFormAfterTheFullTitle_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR5007", Doc("根据《中华人民共和国行政许可法》等规定，制定本办法。《行政许可法》另有规定的，从其规定。"));
    }

    [Test]
    public void UnknownNationalLawTitle_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5007", Doc("根据《⟦中华人民共和国城市道路挖掘法⟧》，制定本办法。"));
        Assert.That(findings.Single().Message, Does.Contain("未在法律索引中找到"));
    }

    [TestCase("根据《晋江市城市道路管理办法》《福建省实施〈中华人民共和国道路交通安全法〉办法》，制定本办法。")]
    [TestCase("根据《中华人民共和国宪法》和《中华人民共和国立法法》，制定本办法。")]
    [TestCase("根据本办法规定的方法，结合本市实际，制定实施细则。")]
    [TestCase("依照有关规定，对公司法人和其他组织进行指导。")]
    [TestCase("根据《合同法》有关规定处理。")]
    public void LawfulOrOtherRulesCitations_AreNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR5007", Doc(article));
    }
}
