using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR6003SupersededDocumentTests
{
    private static string Doc(string article) => "某县公文处理办法\n第一条 " + article + "\n第二条 本办法自2025年6月1日起施行。";

    [Test]
    public void SupersededStandardNumber_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR6003", Doc("公文格式执行⟦GB/T 9704-1999⟧。"));
        Assert.That(findings.Single().Suggestion, Does.Contain("GB/T 9704-2012"));
    }

    [Test]
    public void SupersededDocument_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR6003", Doc("公文处理依照⟦《国家行政机关公文处理办法》⟧执行。"));
        Assert.That(findings.Single().Suggestion, Does.Contain("党政机关公文处理工作条例"));
    }

    [Test]
    public void StandardCitedWithItsTitle_IsReportedOnce()
    {
        RuleTester.AssertFindings("LR6003", Doc("公文格式执行⟦《国家行政机关公文格式》（GB/T 9704-1999）⟧。"));
    }

    [Test]
    public void CurrentStandard_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6003", Doc("公文格式执行《党政机关公文格式》（GB/T 9704-2012）。"));
    }

    [Test]
    public void RepealedLaw_IsLeftToLR6001()
    {
        RuleTester.AssertNoFindings("LR6003", Doc("根据《中华人民共和国合同法》，制定本办法。"));
    }
}
