using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3004DiscriminatoryEntryConditionsTests
{
    private static string Doc(string article) => "某县中介服务机构库管理办法\n第一条 为规范中介服务机构库管理，制定本办法。\n第二条 " + article;

    [TestCase("申请进入县中介服务机构库的企业，须⟦在本县注册并纳税⟧。")]
    [TestCase("参与片区开发的企业⟦须为国有控股企业⟧。")]
    [TestCase("申请人应当具备下列条件：⟦注册资本不低于5000万元⟧。")]
    [TestCase("申请入库的企业近三年内应当具有⟦本县工程业绩⟧。")]
    [TestCase("入库机构应当⟦在本县从业满三年⟧。")]
    [TestCase("入库企业⟦停业须经县商务局批准⟧。")]
    [TestCase("入库企业的⟦注册地须在本县行政区域内⟧。")]
    public void DiscriminatoryCondition_IsReported(string article)
    {
        RuleTester.AssertFindings("LR3004", Doc(article));
    }

    [TestCase("申请入库的企业应当具备相应资质，具有独立承担民事责任的能力。")]
    [TestCase("本办法适用于在本县注册登记的企业的安全生产管理。")]
    [TestCase("本县户籍居民申请临时救助，应当提交身份证明。")]
    [TestCase("入库企业应当在市场监督管理部门依法登记注册。")]
    [TestCase("入库企业应当在中华人民共和国境内依法注册，具有独立法人资格。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3004", Doc(article));
    }
}
