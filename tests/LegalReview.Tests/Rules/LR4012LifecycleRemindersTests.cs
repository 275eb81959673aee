using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4012LifecycleRemindersTests
{
    private const string Text = """
        晋江市城市道路挖掘管理办法
        第一条 为了加强城市道路挖掘管理，制定本办法。
        第二条 本办法自2025年5月1日起施行，⟦有效期5年⟧。
        晋江市城市管理局
        2025年3月5日
        """;

    [Test]
    public void FarFromExpiry_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4012", Unmarked(Text), metadata: Complete);
    }

    [Test]
    public void WithinSixMonthsOfExpiry_RemindsToEvaluate()
    {
        // Valid 2025-05-01 to 2030-04-30; evaluation starts 2029-10-30.
        var f = RuleTester.AssertFindings("LR4012", Text, metadata: Complete with { ReviewDate = new DateOnly(2029, 11, 1) }).Single();
        Assert.That(f.Message, Does.Contain("2030年4月30日").And.Contain("评估期"));
    }

    [Test]
    public void AfterExpiry_SaysTheDocumentLapsed()
    {
        var f = RuleTester.AssertFindings("LR4012", Text, metadata: Complete with { ReviewDate = new DateOnly(2030, 5, 2) }).Single();
        Assert.That(f.Message, Does.Contain("已失效"));
    }

    [Test]
    public void InJanuaryAfterPublication_RemindsOfTheAnnualList()
    {
        var f = RuleTester.AssertFindings("LR4012", "⟦晋江市城市道路挖掘管理办法⟧" + Unmarked(Text)["晋江市城市道路挖掘管理办法".Length..], metadata: Complete with { ReviewDate = new DateOnly(2026, 1, 10) }).Single();
        Assert.That(f.Message, Does.Contain("2025年度规范性文件目录").And.Contain("2026年1月31日"));
    }

    [Test]
    public void MissingPublicationDate_GivesOneInfo()
    {
        var message = SingleInfo("LR4012", "⟦晋江市城市道路挖掘管理办法⟧" + Unmarked(Text)["晋江市城市道路挖掘管理办法".Length..], Complete with { PublicationDate = null });
        Assert.That(message, Is.EqualTo("未提供公布日期，无法核查年度规范性文件目录的报送期限。"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4012", Unmarked(Text));
    }
}
