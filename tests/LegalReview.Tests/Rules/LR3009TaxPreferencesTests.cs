using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3009TaxPreferencesTests
{
    private static string Doc(string article) => "某县招商引资优惠政策\n第一条 为优化营商环境，制定本政策。\n第二条 " + article;

    [TestCase("对新落户企业实行⟦税收返还⟧。")]
    [TestCase("企业缴纳的增值税⟦地方留成部分前三年全额奖励⟧给企业。")]
    [TestCase("对重点项目实行⟦先征后返⟧。")]
    [TestCase("对入园企业前两年⟦减半征收房产税⟧。")]
    public void TaxPreference_IsReported(string article)
    {
        RuleTester.AssertFindings("LR3009", Doc(article));
    }

    [TestCase("企业依法享受国家规定的税收优惠政策。")]
    [TestCase("严禁违规实施税收返还。")]
    [TestCase("上级税收返还和转移支付资金纳入县级预算管理。")]
    [TestCase("符合条件的资源综合利用产品，按照国家规定享受增值税即征即退政策。")]
    [TestCase("小规模纳税人按照财政部、税务总局的规定减半征收相关税费。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3009", Doc(article));
    }
}
