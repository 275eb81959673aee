using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR6005LawNotYetInForceTests
{
    private static string Doc(string article, string effective) =>
        "某县税收协助办法\n第一条 " + article + "\n第二条 本办法自" + effective + "起施行。";

    [Test]
    public void NewLawNotYetInForce_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR6005", Doc("根据⟦《中华人民共和国增值税法》⟧，制定本办法。", "2025年6月1日"));
        Assert.That(findings.Single().Message, Does.Contain("2026年1月1日").And.Contain("尚未施行"));
    }

    [Test]
    public void IndexedInForceDateAfterTheDocument_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR6005", Doc("依照⟦《中华人民共和国行政处罚法》⟧，制定本办法。", "2021年3月1日"));
        Assert.That(findings.Single().Message, Does.Contain("2021年7月15日"));
    }

    [Test]
    public void DocumentOlderThanTheIndexedText_IsNotReported()
    {
        // The document must cite an earlier text of the law, which the index does not hold and which was in force.
        RuleTester.AssertNoFindings("LR6005", Doc("依照《中华人民共和国行政处罚法》，制定本办法。", "2020年3月1日"));
    }

    [Test]
    public void LawInForce_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6005", Doc("根据《中华人民共和国增值税法》，制定本办法。", "2026年3月1日"));
    }

    [Test]
    public void DocumentThatWaitsForTheLaw_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6005", Doc("《中华人民共和国增值税法》施行后，按照该法执行。", "2025年6月1日"));
    }

    [Test]
    public void DocumentWithoutEffectiveDate_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR6005", "某县税收协助办法\n第一条 根据《中华人民共和国增值税法》，制定本办法。");
    }
}
