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
    public void LawfulOrForbiddenCharge_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2006", text);
    }

    [Test]
    public void ClauseCitingSpecificArticle_IsDowngradedToInfo()
    {
        var finding = RuleTester.AssertFindings("LR2006", "第五条 经批准占用城市道路的，⟦缴纳城市道路占用费⟧，依照《城市道路管理条例》第三十七条的规定执行。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(finding.Note, Does.Contain("第三十七条"));
    }
}
