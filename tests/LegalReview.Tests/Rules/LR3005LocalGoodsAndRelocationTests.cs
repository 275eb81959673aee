using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3005LocalGoodsAndRelocationTests
{
    private static string Doc(string article) => "某县促进产业发展若干措施\n第一条 为促进产业发展，制定本措施。\n第二条 " + article;

    [TestCase("政府投资项目⟦优先采购本地生产⟧的建筑材料。")]
    [TestCase("⟦不得将收购的生猪运出本县⟧。")]
    [TestCase("本县农贸市场⟦禁止外地产品进入⟧销售。")]
    [TestCase("享受奖励的企业须⟦承诺十年内不迁出⟧本县。")]
    [TestCase("企业⟦迁出本县的，须全额退还⟧已享受的奖励资金。")]
    [TestCase("企业⟦本地配套采购⟧比例每提高5个百分点，给予10万元奖励。")]
    public void LocalProtection_IsReported(string article)
    {
        RuleTester.AssertFindings("LR3005", Doc(article));
    }

    [TestCase("获得奖励的企业须⟦承诺八年内不迁出本县，迁出的须退还⟧全部奖励。")]
    [TestCase("企业⟦迁出本县的，须全额退还⟧奖励；⟦承诺十年内不迁出⟧的，另奖5万元。")]
    public void ALockInAndItsClawBack_InOneSentence_AreOneFinding_InTwoSentences_Two(string article)
    {
        RuleTester.AssertFindings("LR3005", Doc(article));
    }

    [TestCase("支持本地企业开拓外地市场。")]
    [TestCase("未经批准，不得将危险废物运出本省。")]
    [TestCase("不得限制外地产品进入本地市场。")]
    [TestCase("鼓励企业优先吸纳本地劳动力就业。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3005", Doc(article));
    }
}
