using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR5001DocumentNumberFormatTests
{
    private const string Body = """
        晋江市城市道路挖掘管理办法
        第一条 为了加强城市道路挖掘管理，制定本办法。
        第二条 本办法自2024年5月1日起施行，有效期5年。
        """;

    [TestCase("晋政规⟦[2024]3号⟧")]
    [TestCase("晋政规⟦【2024】3号⟧")]
    [TestCase("晋政规⟦（2024）3号⟧")]
    public void YearNotInHexagonalBrackets_IsReported(string numberLine)
    {
        var findings = RuleTester.AssertFindings("LR5001", "晋江市人民政府文件\n" + numberLine.Replace("晋政规⟦", "⟦晋政规", StringComparison.Ordinal) + "\n" + Body);
        Assert.That(findings.Single().Message, Does.Contain("六角括号"));
        Assert.That(findings.Single().Suggestion, Does.Contain("晋政规〔2024〕3号"));
    }

    [Test]
    public void OrdinalPrefixAndLeadingZeros_AreBothReported()
    {
        var findings = RuleTester.AssertFindings("LR5001", "晋江市人民政府文件\n⟦晋政规〔2024〕第03号⟧\n" + Body);
        Assert.That(findings.Select(f => f.Message), Has.Some.Contains("“第”字").And.Some.Contains("虚位"));
    }

    [Test]
    public void AbbreviatedYear_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5001", "晋江市人民政府文件\n⟦晋政规〔24〕3号⟧\n" + Body);
        Assert.That(findings.Single().Message, Does.Contain("年份未标全称"));
    }

    [Test]
    public void YearDifferentFromIssueDate_IsReported()
    {
        var text = "晋江市人民政府文件\n⟦晋政规〔2023〕3号⟧\n" + Body + "\n晋江市人民政府\n2024年3月5日";
        var findings = RuleTester.AssertFindings("LR5001", text);
        Assert.That(findings.Single().Message, Does.Contain("年份不一致"));
    }

    [Test]
    public void StandardNumber_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR5001", "晋江市人民政府文件\n晋政规〔2024〕3号\n" + Body + "\n晋江市人民政府\n2024年3月5日");
    }

    [Test]
    public void DraftWithoutNumber_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR5001", Body);
    }
}
