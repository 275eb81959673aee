using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR6002RenumberedArticleTests
{
    private static string Doc(string article, string effective = "2025年6月1日") =>
        "某县规范性文件管理办法\n第一条 " + article + "\n第二条 本办法自" + effective + "起施行。";

    [Test]
    public void OldPenaltyArticle_IsReportedWithTheNewNumber()
    {
        var findings = RuleTester.AssertFindings("LR6002", Doc("依据⟦《中华人民共和国行政处罚法》第十四条⟧的规定，其他规范性文件不得设定行政处罚。"));
        Assert.That(findings.Single().Suggestion, Does.Contain("第十六条"));
    }

    [Test]
    public void OldAntimonopolyArticle_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR6002", Doc("按照⟦《中华人民共和国反垄断法》第三十七条⟧，行政机关不得制定含有排除、限制竞争内容的规定。"));
        Assert.That(findings.Single().Suggestion, Does.Contain("第四十五条"));
    }

    [Test]
    public void OldLegislationArticle_IsReported()
    {
        RuleTester.AssertFindings("LR6002", Doc("规章的备案依照⟦《立法法》第九十八条⟧执行。"));
    }

    [Test]
    public void SameNumberUsedForItsCurrentMeaning_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6002", Doc("依据《中华人民共和国行政处罚法》第十四条，地方政府规章可以设定警告、通报批评或者一定数额罚款的行政处罚。"));
    }

    [Test]
    public void NewArticleNumber_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6002", Doc("依据《中华人民共和国行政处罚法》第十六条的规定，其他规范性文件不得设定行政处罚。"));
    }

    [Test]
    public void DocumentOlderThanTheRevision_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6002", Doc("依据《中华人民共和国行政处罚法》第十四条的规定，其他规范性文件不得设定行政处罚。", "2020年6月1日"));
    }
}
