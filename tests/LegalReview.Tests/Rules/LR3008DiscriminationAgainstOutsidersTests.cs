using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3008DiscriminationAgainstOutsidersTests
{
    private static string Doc(string article) => "某县建筑市场管理办法\n第一条 为规范建筑市场，制定本办法。\n第二条 " + article;

    [TestCase("⟦对外地车辆加收道路通行服务费⟧。")]
    [TestCase("⟦外地企业须另行办理备案⟧后方可承揽业务。")]
    [TestCase("⟦外地产品须重新检测⟧合格后方可使用。")]
    [TestCase("⟦对非本县注册的企业不予补助⟧。")]
    public void DiscriminationAgainstOutsiders_IsReported(string article)
    {
        RuleTester.AssertFindings("LR3008", Doc(article));
    }

    [TestCase("对进入施工现场的各类车辆按同一标准管理。")]
    [TestCase("不得对外地企业另行设置备案要求。")]
    [TestCase("外地企业与本地企业享受同等待遇。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3008", Doc(article));
    }
}
