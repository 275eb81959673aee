using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3013PriceInterventionTests
{
    private static string Doc(string article) => "某县驾驶培训市场管理办法\n第一条 为规范驾驶培训市场，制定本办法。\n第二条 " + article;

    [TestCase("小型汽车驾驶培训⟦收费不得低于3000元⟧。")]
    [TestCase("驾校之间⟦不得低价促销⟧。")]
    [TestCase("各驾校执行⟦最低收费标准⟧。")]
    public void PriceIntervention_IsReported(string article)
    {
        var findings = RuleTester.AssertFindings("LR3013", Doc(article));
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Warning));
    }

    [Test]
    public void PreferentialPriceForOneCompany_IsAnError()
    {
        var findings = RuleTester.AssertFindings("LR3013", Doc("⟦对县化工有限公司执行优惠电价⟧。"));
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [TestCase("经营者应当明码标价，不得价格欺诈。")]
    [TestCase("城乡居民最低生活保障标准由县人民政府确定。")]
    [TestCase("经营者不得以低于成本的价格倾销商品。")]
    [TestCase("供水价格实行政府定价，居民生活用水价格不得高于每立方米3元。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3013", Doc(article));
    }
}
