using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2006NewFeeTests
{
    [TestCase("第五条 入驻农贸市场的经营户应当⟦缴纳5000元履约风险保证金⟧。")]
    [TestCase("第六条 县环卫站按每户每月10元的标准⟦收取卫生管理费⟧。")]
    [TestCase("第七条 开发企业⟦按项目投资额的2%提取⟧城市配套建设资金。")]
    [TestCase("第八条 各商户按经营面积⟦摊派⟧节庆活动经费。")]
    [TestCase("第九条 参加培训的从业人员⟦预交培训押金⟧。")]
    public void CreatedFeeOrDeposit_IsReported(string text)
    {
        var finding = RuleTester.AssertFindings("LR2006", text).Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [TestCase("第五条 县不动产登记中心按照国家规定的收费标准收取不动产登记费。")]
    [TestCase("第五条 行政机关实施行政许可不得收取任何费用。")]
    [TestCase("第五条 物业服务企业收取物业服务费应当明码标价。")]
    [TestCase("第五条 甲方按合同约定向乙方收取履约保证金。")]
    [TestCase("第五条 由县财政为低保对象缴纳城乡居民基本养老保险费。")]
    [TestCase("第五条 投标人应当按照招标文件的要求缴纳投标保证金。")]
    [TestCase("第五条 任何单位不得向企业收取赞助费。")]
    [TestCase("第五条 对小微企业免收登记费。")]
    [TestCase("第五条 经营户有权拒绝任何形式的摊派。")]
    [TestCase("第五条 推行以银行保函替代现金缴纳工程质量保证金。")]
    [TestCase("第五条 严禁违规收取各类保证金。")]
    public void LawfulOrForbiddenCharge_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2006", text);
    }

    [Test]
    public void ItemsOfAForbiddenList_AreNotReported()
    {
        RuleTester.AssertNoFindings("LR2006", """
            第五条 行政机关及其工作人员不得有下列行为：
            （一）向入驻企业收取管理费；
            （二）要求企业缴纳赞助费。
            第六条 违反前条规定的，由县人民政府责令改正。
            """);
        RuleTester.AssertNoFindings("LR2006", """
            第五条 行政机关及其工作人员不得有下列行为：
            （一）向入驻企业收取管理费；
            （二）要求企业缴纳赞助费。
            """);
    }

    [Test]
    public void ItemsOfAnImposingList_AreReported()
    {
        RuleTester.AssertFindings("LR2006", """
            第五条 入驻企业应当履行下列义务：
            （一）按月⟦缴纳园区管理费⟧；
            （二）遵守园区管理制度。
            """);
    }

    [Test]
    public void ClauseCitingSpecificArticle_IsDowngradedToInfo()
    {
        var finding = RuleTester.AssertFindings("LR2006", "第五条 经批准占用城市道路的，⟦缴纳城市道路占用费⟧，依照《城市道路管理条例》第三十七条的规定执行。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(finding.Note, Does.Contain("第三十七条"));
    }
}
