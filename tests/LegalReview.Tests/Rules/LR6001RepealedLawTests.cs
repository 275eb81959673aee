using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR6001RepealedLawTests
{
    [Test]
    public void RepealedLaw_IsReportedWithItsSuccessor()
    {
        var findings = RuleTester.AssertFindings("LR6001", "某县政府合同管理办法\n第一条 根据⟦《中华人民共和国合同法》⟧等规定，制定本办法。\n第二条 本办法自2025年6月1日起施行。");
        Assert.That(findings.Single().Message, Does.Contain("2021年1月1日").And.Contain("废止"));
        Assert.That(findings.Single().Suggestion, Does.Contain("民法典"));
    }

    [Test]
    public void RepealedLawWithArticle_IsReportedOverTheWholeCitation()
    {
        var findings = RuleTester.AssertFindings("LR6001", "某县集体土地管理办法\n第一条 依据⟦《物权法》第五十九条⟧，制定本办法。\n第二条 本办法自2025年6月1日起施行。");
        Assert.That(findings.Single().Suggestion, Does.Contain("物权编"));
    }

    [Test]
    public void ShortTitleOfARepealedRegulation_IsReported()
    {
        RuleTester.AssertFindings("LR6001", "某县规范性文件备案办法\n第一条 根据⟦《法规规章备案条例》⟧，制定本办法。\n第二条 本办法自2025年6月1日起施行。");
    }

    [Test]
    public void CurrentLaw_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6001", "某县政府合同管理办法\n第一条 根据《中华人民共和国民法典》等规定，制定本办法。\n第二条 本办法自2025年6月1日起施行。");
    }

    [Test]
    public void MentionOfTheRepeal_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6001", "某县政府合同管理办法\n第一条 《中华人民共和国合同法》废止后，合同管理依照《中华人民共和国民法典》执行。\n第二条 本办法自2025年6月1日起施行。");
    }

    [Test]
    public void RepealListOfSeveralLaws_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6001", "某县外商投资服务办法\n第一条 《中华人民共和国中外合资经营企业法》、《中华人民共和国外资企业法》同时废止后，外商投资依照《中华人民共和国外商投资法》管理。\n第二条 本办法自2025年6月1日起施行。");
    }

    [Test]
    public void DocumentOlderThanTheRepeal_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6001", "某县政府合同管理办法\n第一条 根据《中华人民共和国合同法》等规定，制定本办法。\n第二条 本办法自2019年1月1日起施行。");
    }
}
