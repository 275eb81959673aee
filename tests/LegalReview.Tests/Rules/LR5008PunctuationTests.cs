using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR5008PunctuationTests
{
    private static string Doc(string article) => "晋江市城市道路挖掘管理办法\n第一条 " + article + "\n第二条 本办法自2025年5月1日起施行。";

    [Test]
    public void HalfWidthCommaAndBracketsInChinese_AreReported()
    {
        var findings = RuleTester.AssertFindings("LR5008", Doc("本办法所称企业⟦,⟧是指在本市登记注册的企业⟦(⟧含个体工商户)。"));
        Assert.That(findings.Select(f => f.Message), Has.Some.Contains("半角标点").And.Some.Contains("半角括号"));
    }

    [Test]
    public void HalfWidthFullStopEndingAChineseSentence_IsReported()
    {
        RuleTester.AssertFindings("LR5008", Doc("为了加强城市道路挖掘管理，制定本办法⟦.⟧"));
    }

    [Test]
    public void MixedBrackets_AreReported()
    {
        var findings = RuleTester.AssertFindings("LR5008", Doc("挖掘道路（含人行道⟦)⟧应当经批准。"));
        Assert.That(findings.Single().Message, Does.Contain("混用"));
    }

    [Test]
    public void UnpairedMarks_AreReported()
    {
        RuleTester.AssertFindings("LR5008", Doc("依照⟦《⟧城市道路管理条例的规定，设置⟦“⟧安全警示标志。"));
    }

    [Test]
    public void APairBrokenOverTwoLines_IsOnePair()
    {
        // A title or a dated note set over two lines, as layouts and web reposts do: one pair, not two unpaired marks.
        RuleTester.AssertNoFindings("LR5008", "某某县人民政府关于印发《某某县城市道路\n挖掘管理办法》的通知\n（二〇二四年六月十六日县人民政府\n第十次常务会议通过）\n第一条 为了加强管理，制定本办法。");
    }

    [Test]
    public void AMarkLeftOpen_IsReported_WhenTheNextLineDoesNotCloseIt()
    {
        RuleTester.AssertFindings("LR5008", Doc("依照⟦《⟧城市道路管理条例\n设置安全警示标志。"));
        RuleTester.AssertFindings("LR5008", Doc("依照⟦（⟧城市道路管理条例\n设置安全警示标志⟦》⟧。"));
    }

    [Test]
    public void TitleEndPunctuation_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5008", "晋江市人民政府关于加强城市道路挖掘管理的意见⟦。⟧\n一、总体要求\n（一）坚持依法管理。");
        Assert.That(findings.Single().Message, Does.Contain("标题"));
    }

    [Test]
    public void HalfWidthColonAfterRecipients_IsReported()
    {
        RuleTester.AssertFindings("LR5008", "晋江市人民政府关于加强城市道路挖掘管理的意见\n各镇人民政府⟦:⟧\n一、总体要求\n（一）坚持依法管理。");
    }

    [TestCase("投入资金1.5亿元，占比12.5%，于9:30前办理。")]
    [TestCase("详见市政府网站https://www.jinjiang.gov.cn/zwgk/index.html，或发送邮件至jj_road@example.com。")]
    [TestCase("国内生产总值(GDP)和WTO规则，e.g. U.S. standards, apply.")]
    [TestCase("按照《党政机关公文格式》（GB/T 9704-2012）执行。")]
    [TestCase("1,000元以上的，按“先批后挖”原则办理。")]
    public void LookAlikes_AreNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR5008", Doc(article));
    }

    [Test]
    public void HalfWidthInsideDocumentNumberAndNumbering_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR5008", """
            晋江市人民政府文件
            晋政规(2025)3号
            晋江市城市道路挖掘管理办法
            第一条 挖掘城市道路应当遵守下列规定：
            (一)设置安全警示标志；
            1.夜间设置警示灯。
            第二条 本办法自2025年5月1日起施行。
            晋江市人民政府
            2025.3.5
            """);
    }
}
