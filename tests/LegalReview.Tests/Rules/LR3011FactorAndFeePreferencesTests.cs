using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3011FactorAndFeePreferencesTests
{
    private static string Doc(string article) => "某县重点项目扶持办法\n第一条 为加快重点项目建设，制定本办法。\n第二条 " + article;

    [TestCase("项目竣工投产后，⟦土地出让金按50%返还⟧企业。")]
    [TestCase("对入园企业⟦免收城市基础设施配套费⟧。")]
    [TestCase("企业缴纳的⟦社会保险费全额返还⟧。")]
    [TestCase("对该企业⟦优先保障用地指标⟧。")]
    public void Preference_IsReported(string article)
    {
        RuleTester.AssertFindings("LR3011", Doc(article));
    }

    [TestCase("建设用地依法通过招标、拍卖、挂牌方式出让。")]
    [TestCase("按照国家规定减免小微企业行政事业性收费。")]
    [TestCase("对吸纳就业困难人员的企业给予社会保险费补贴。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3011", Doc(article));
    }
}
