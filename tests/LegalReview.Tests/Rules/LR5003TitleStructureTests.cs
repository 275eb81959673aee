using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR5003TitleStructureTests
{
    private const string Body = """
        各镇人民政府，市直有关单位：
        现将《晋江市城市道路挖掘管理办法》印发给你们，请认真贯彻执行。
        晋江市人民政府
        2025年3月5日
        """;

    [Test]
    public void WrapperWithoutBookTitleMarks_IsReportedAtTheName()
    {
        var findings = RuleTester.AssertFindings("LR5003", "晋江市人民政府关于印发⟦晋江市城市道路挖掘管理办法⟧的通知\n" + Body);
        Assert.That(findings.Single().Message, Does.Contain("未加书名号"));
    }

    [Test]
    public void TitleWithoutKind_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5003", "⟦晋江市人民政府关于加强城市道路挖掘管理⟧\n" + Body);
        Assert.That(findings.Single().Message, Does.Contain("未以文种结尾"));
    }

    [Test]
    public void RepeatedKind_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5003", "⟦晋江市人民政府关于转发泉州市人民政府关于加强道路管理的通知的通知⟧\n" + Body);
        Assert.That(findings.Single().Message, Does.Contain("文种重复"));
    }

    [Test]
    public void MissingDeBeforeTheKind_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5003", "⟦晋江市人民政府关于加强城市道路挖掘管理通知⟧\n" + Body);
        Assert.That(findings.Single().Message, Does.Contain("缺少“的”字"));
    }

    [TestCase("晋江市人民政府关于印发《晋江市城市道路挖掘管理办法》的通知")]
    [TestCase("晋江市人民政府关于加强城市道路挖掘管理的意见")]
    [TestCase("晋江市人民政府关于转发《泉州市城市道路管理办法》的通知")]
    [TestCase("晋江市城市道路挖掘管理办法（试行）")]
    [TestCase("晋江市城市道路挖掘管理实施细则")]
    [TestCase("晋江市人民政府关于禁止燃放烟花爆竹的通告")]
    public void WellFormedTitles_AreNotReported(string title)
    {
        RuleTester.AssertNoFindings("LR5003", title + "\n" + Body);
    }

    [Test]
    public void ReservedNameAndEndPunctuation_AreLeftToOtherRules()
    {
        RuleTester.AssertNoFindings("LR5003", "晋江市城市道路挖掘管理条例\n" + Body);
        RuleTester.AssertNoFindings("LR5003", "晋江市人民政府关于加强城市道路挖掘管理的意见。\n" + Body);
    }
}
