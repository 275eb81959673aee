using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2007TakingWithoutCompensationTests
{
    [Test]
    public void UncompensatedRecovery_IsReported()
    {
        RuleTester.AssertFindings("LR2007", "第五条 逾期未完成整改的养殖场，其用地由村集体⟦无偿收回⟧，地上附着物⟦不予补偿⟧。");
    }

    [TestCase("第六条 项目建设需要的，⟦予以征用⟧沿线农户的承包地。")]
    [TestCase("第七条 长期停用的厂房⟦收归村集体⟧统一经营。")]
    [TestCase("第八条 拒不搬迁的，其设施⟦无偿拆除⟧。")]
    public void Taking_IsReported(string text)
    {
        RuleTester.AssertFindings("LR2007", text);
    }

    [TestCase("第五条 认定为违法建筑和超过批准期限的临时建筑的，不予补偿。")]
    [TestCase("第五条 征收集体土地的，应当依法及时足额支付补偿费用。")]
    [TestCase("第五条 紧急情况下，县人民政府可以依法征用单位和个人的车辆、场地。")]
    [TestCase("第五条 满两年未动工开发的闲置土地，依照规定无偿收回。")]
    [TestCase("第五条 政府无偿提供创业场地。")]
    [TestCase("第五条 不得无偿收回农户的承包地。")]
    public void StatutoryOrBeneficialWording_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2007", text);
    }
}
