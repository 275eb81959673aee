using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3007LocalBiasInProcurementTests
{
    private static string Doc(string article) => "某县小型工程项目管理办法\n第一条 为规范小型工程项目管理，制定本办法。\n第二条 " + article;

    [TestCase("政府投资的小型工程⟦仅限本县企业参加⟧投标。")]
    [TestCase("评标时，同等条件下⟦本地供应商优先⟧。")]
    [TestCase("评分标准：⟦注册地在本市内的得5分⟧。")]
    [TestCase("投标人⟦须在本县设有固定办公场所⟧。")]
    [TestCase("参加比选的供应商应当⟦在本区注册⟧。")]
    [TestCase("村级小型工程⟦原则上选择本县的建筑企业⟧施工。")]
    [TestCase("对将工程⟦发包给本地施工企业⟧的建设单位给予奖励。")]
    public void LocalBias_IsReported(string article)
    {
        RuleTester.AssertFindings("LR3007", Doc(article));
    }

    [TestCase("政府采购应当面向各类经营者公平竞争，不得设置本地注册等歧视性条件。")]
    [TestCase("投标人应当在中华人民共和国境内依法注册。")]
    [TestCase("中标人应当在合同履行期间提供及时的现场服务。")]
    [TestCase("不得以本地业绩作为加分条件。")]
    [TestCase("依法通过公开招标选择供应商。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3007", Doc(article));
    }
}
