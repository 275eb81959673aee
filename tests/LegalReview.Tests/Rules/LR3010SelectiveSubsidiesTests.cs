using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3010SelectiveSubsidiesTests
{
    private static string Doc(string article) => "某县产业扶持办法\n第一条 为促进产业发展，制定本办法。\n第二条 " + article;

    [TestCase("对重点企业实行⟦一企一策⟧扶持。")]
    [TestCase("对入驻企业⟦按其地方财政贡献的50%给予奖励⟧。")]
    [TestCase("对年⟦纳税额前10名的企业给予奖励⟧。")]
    public void SelectiveSubsidy_IsReported(string article)
    {
        var findings = RuleTester.AssertFindings("LR3010", Doc(article));
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Warning));
    }

    [Test]
    public void SubsidyToANamedCompany_IsAnError()
    {
        var findings = RuleTester.AssertFindings("LR3010", Doc("⟦对县宏达建材有限公司给予一次性补助⟧50万元。"));
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [TestCase("对符合条件的各类市场主体一视同仁给予补贴。")]
    [TestCase("村内公益事业建设实行一事一议筹资筹劳。")]
    [TestCase("对获得国家级专精特新称号的企业给予10万元奖励。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3010", Doc(article));
    }
}
