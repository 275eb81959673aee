using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR5006HeadingHierarchyTests
{
    private const string Title = "晋江市人民政府关于加强城市道路挖掘管理的意见\n";

    [Test]
    public void SkippedLevel_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5006", Title + """
            一、总体要求
            ⟦1.⟧坚持依法管理。
            二、工作措施
            （一）加强审批衔接。
            """);
        Assert.That(findings.Single().Message, Does.Contain("越过了“（一）”层次"));
    }

    [Test]
    public void CommaAfterBracketedNumber_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5006", Title + """
            一、总体要求
            ⟦（一）、⟧坚持依法管理。
            （二）坚持统筹推进。
            """);
        Assert.That(findings.Single().Message, Does.Contain("不应再加标点"));
    }

    [Test]
    public void ArabicNumberWithComma_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5006", Title + """
            一、总体要求
            （一）基本原则
            ⟦1、⟧坚持依法管理。
            2.坚持统筹推进。
            """);
        Assert.That(findings.Single().Message, Does.Contain("下脚点"));
    }

    [Test]
    public void HalfWidthBrackets_AreReported()
    {
        RuleTester.AssertFindings("LR5006", Title + """
            一、总体要求
            ⟦(一)⟧坚持依法管理。
            （二）坚持统筹推进。
            """);
    }

    [Test]
    public void GapInNumbering_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5006", Title + """
            一、总体要求
            ⟦三、⟧工作措施
            """);
        Assert.That(findings.Single().Message, Does.Contain("不连续"));
    }

    [Test]
    public void FourLevelsInOrder_AreNotReported()
    {
        RuleTester.AssertNoFindings("LR5006", Title + """
            一、总体要求
            （一）基本原则
            1.坚持依法管理。
            （1）严格审批。
            （2）强化监管，投入资金1.5亿元。
            2.坚持统筹推进。
            （二）工作目标
            二、工作措施
            （一）加强审批衔接。
            """);
    }

    [Test]
    public void ArticleStyleTexts_AreLeftToLR5005()
    {
        RuleTester.AssertNoFindings("LR5006", """
            晋江市城市道路挖掘管理办法
            第一条 为了加强城市道路挖掘管理，制定本办法。
            第二条 挖掘城市道路应当遵守下列规定：
            (一)设置安全警示标志；
            （二）按期恢复路面。
            """);
    }
}
