using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3003DesignatedSuppliersTests
{
    private static string Doc(string article) => "某县校园及公共服务管理办法\n第一条 为规范公共服务，制定本办法。\n第二条 " + article;

    [TestCase("学生校服⟦指定县鑫达服装有限公司为⟧唯一供应商。")]
    [TestCase("新建小区智能门禁系统应当⟦从县住建局发布的推荐名录中选择⟧。")]
    [TestCase("县住建局对考核合格的检测机构予以⟦录入全县检测机构推荐名录⟧。")]
    [TestCase("机关公务用车实行⟦定点维修⟧。")]
    [TestCase("干部职工健康体检由县卫健委确定⟦体检定点医院⟧。")]
    [TestCase("各药店⟦必须使用县医药信息有限公司开发的⟧进销存系统。")]
    [TestCase("运营平台由县文旅局直接确定，⟦不再履行政府采购程序⟧。")]
    [TestCase("城区⟦所有燃气管道安装业务均由县燃气工程有限公司承担⟧。")]
    public void DesignatedSupplier_IsReported(string article)
    {
        RuleTester.AssertFindings("LR3003", Doc(article));
    }

    [Test]
    public void UnifiedPurchasingThroughACompany_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR3003", Doc("全县学生意外伤害保险⟦统一办理⟧，承保机构为县人寿保险公司。"));
        Assert.That(findings.Single().Message, Does.Contain("统一办理"));
    }

    [TestCase("生活垃圾应当投放到指定地点。")]
    [TestCase("学校依法通过公开招标选择校服供应商，学生自愿购买。")]
    [TestCase("任何单位不得指定交易对象，不得限定他人购买特定经营者的商品。")]
    [TestCase("参保人员可在医保定点医疗机构就医。")]
    [TestCase("政府采购应当面向各类经营者公平竞争。")]
    [TestCase("由县人民政府指定的部门负责本办法的组织实施。")]
    [TestCase("机关办公用品依法通过政府采购统一采购。")]
    [TestCase("当事人应当自收到处罚决定书之日起十五日内，到指定的银行缴纳罚款。")]
    [TestCase("行政机关不得滥用行政权力，限定或者变相限定单位或者个人购买其指定的经营者提供的商品。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3003", Doc(article));
    }

    [Test]
    public void ItemUnderAProhibitingLeadIn_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR3003", Doc("各学校不得有下列行为：\n（一）指定县鑫达服装有限公司为校服供应商；\n（二）强制学生购买教辅资料。"));
    }
}
