using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR5004ReservedNameTests
{
    private const string Articles = """
        第一条 为了加强城市道路挖掘管理，制定本办法。
        第二条 本办法自2025年5月1日起施行，有效期5年。
        """;

    [TestCase("⟦晋江市城市道路挖掘管理条例⟧", "条例")]
    [TestCase("⟦晋江市城市道路挖掘管理暂行条例⟧", "条例")]
    [TestCase("⟦晋江市城市道路挖掘管理法⟧", "法律")]
    [TestCase("⟦晋江市城市道路挖掘管理规章⟧", "规章")]
    public void ReservedNameAsTitle_IsAnError(string title, string expected)
    {
        var f = RuleTester.AssertFindings("LR5004", title + "\n" + Articles).Single();
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(f.Message, Does.Contain(expected));
        Assert.That(f.Suggestion, Does.Contain("晋江市城市道路挖掘管理办法"));
    }

    [Test]
    public void IssuingANoticeNamedRegulation_IsReportedOnce()
    {
        var text = """
            晋江市人民政府关于印发《⟦晋江市城市道路挖掘管理条例⟧》的通知
            各镇人民政府：
            现将《晋江市城市道路挖掘管理条例》印发给你们，请认真贯彻执行。
            晋江市人民政府
            2025年3月5日
            晋江市城市道路挖掘管理条例
            第一条 为了加强城市道路挖掘管理，制定本条例。
            第二条 本条例自2025年5月1日起施行。
            """;
        RuleTester.AssertFindings("LR5004", text);
    }

    [TestCase("晋江市城市道路挖掘管理办法")]
    [TestCase("晋江市人民政府关于转发《福建省城市道路管理条例》的通知")]
    [TestCase("晋江市城市道路挖掘工程量计算方法")]
    [TestCase("晋江市贯彻实施《中华人民共和国行政许可法》的若干规定")]
    public void LawfulNames_AreNotReported(string title)
    {
        RuleTester.AssertNoFindings("LR5004", title + "\n" + Articles);
    }
}
