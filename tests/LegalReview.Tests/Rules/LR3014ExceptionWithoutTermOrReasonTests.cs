using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3014ExceptionWithoutTermOrReasonTests
{
    private const string Articles = "第一条 为支持脱贫地区农产品销售，制定本措施。\n第二条 机关食堂采购农产品时，可以优先采购脱贫地区农产品。\n";

    private static ReviewMetadata Conclusion(string text) => new() { FairCompetitionConclusion = text };

    [Test]
    public void ExceptionWithoutTermOrAlternative_IsReportedTwiceAtTheTitle()
    {
        var findings = RuleTester.AssertFindings("LR3014", "⟦某县支持脱贫地区农产品销售若干措施⟧\n" + Articles + "第三条 本措施自2025年6月1日起施行。",
            metadata: Conclusion("经审查，本措施适用《公平竞争审查条例》第十二条规定的例外情形，可以出台。"));
        Assert.That(findings.Select(f => f.Message), Has.Some.Contains("实施期限").And.Some.Contains("替代方案"));
    }

    [Test]
    public void ExceptionWithTermButNoAlternative_IsReportedAtTheValidityClause()
    {
        var findings = RuleTester.AssertFindings("LR3014", "某县支持脱贫地区农产品销售若干措施\n" + Articles + "第三条 本措施自2025年6月1日起施行，⟦有效期2年⟧。",
            metadata: Conclusion("适用例外规定。"));
        Assert.That(findings.Single().Message, Does.Contain("替代方案"));
    }

    [Test]
    public void ExceptionWithTermAndReasons_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR3014", "某县支持脱贫地区农产品销售若干措施\n" + Articles + "第三条 本措施自2025年6月1日起施行，有效期2年。",
            metadata: Conclusion("本措施为实现扶贫开发目的，适用《公平竞争审查条例》第十二条；经比较，没有对公平竞争影响更小的替代方案。"));
    }

    [Test]
    public void ConclusionWithoutException_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR3014", "某县支持脱贫地区农产品销售若干措施\n" + Articles + "第三条 本措施自2025年6月1日起施行。",
            metadata: Conclusion("经审查，未发现排除、限制竞争的内容。"));
    }

    [Test]
    public void WithoutMetadata_TheRuleDoesNotGuess()
    {
        RuleTester.AssertNoFindings("LR3014", "某县支持脱贫地区农产品销售若干措施\n" + Articles + "第三条 本措施自2025年6月1日起施行。");
    }
}
