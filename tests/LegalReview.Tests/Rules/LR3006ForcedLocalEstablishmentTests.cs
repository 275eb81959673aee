using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3006ForcedLocalEstablishmentTests
{
    private static string Doc(string article) => "某县招商引资奖励办法\n第一条 为促进招商引资，制定本办法。\n第二条 " + article;

    [TestCase("⟦在本县注册⟧的企业方可申报专项资金。")]
    [TestCase("外地企业⟦须在本县设立具有独立法人资格的子公司⟧。")]
    [TestCase("项目投资额⟦纳入本县统计⟧的，方可享受本政策。")]
    [TestCase("对⟦总部迁入本县⟧的企业，给予一次性奖励200万元。")]
    public void ForcedEstablishment_IsReported(string article)
    {
        RuleTester.AssertFindings("LR3006", Doc(article));
    }

    [TestCase("对在本县实际投资建设的项目，不论投资主体注册地，按同一标准给予支持。")]
    [TestCase("本办法适用于在本县注册的企业的安全生产监督管理。")]
    [TestCase("鼓励外地企业来本县投资兴业，享受与本地企业同等待遇。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3006", Doc(article));
    }
}
