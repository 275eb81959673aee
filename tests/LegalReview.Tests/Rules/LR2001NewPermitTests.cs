using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2001NewPermitTests
{
    [TestCase("第五条 从事户外婚庆服务的，⟦须经县文化和旅游局审批同意后方可⟧开展。")]
    [TestCase("第六条 ⟦未经县交通运输局批准的，任何单位和个人不得⟧设置临时停车场。")]
    [TestCase("第七条 对农村自建房施工队⟦实行审批管理⟧。")]
    [TestCase("第八条 经营者⟦取得县商务局核发的准营证后方可⟧开业。")]
    [TestCase("第九条 （一）电动自行车销售网点⟦经县市场监督管理局核准后方可⟧设立；")]
    public void CreatedPermit_IsReported(string text)
    {
        var findings = RuleTester.AssertFindings("LR2001", text);
        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(findings.Single().Message, Does.Contain("无权设定行政许可"));
    }

    [TestCase("第五条 从事食品经营的，应当依法取得食品经营许可证。")]
    [TestCase("第五条 未依法取得许可的，不得从事危险货物运输。")]
    [TestCase("第五条 未取得食品经营许可证的，不得从事食品经营活动。")]
    [TestCase("第五条 未经县人民政府批准，任何部门不得擅自设立收费项目。")]
    [TestCase("第五条 未经批准，行政机关不得擅自增设审批事项。")]
    [TestCase("第五条 专项资金经县财政局审核同意后方可拨付。")]
    [TestCase("第五条 符合条件的企业经县工业和信息化局审核同意后，方可享受本办法规定的奖励。")]
    [TestCase("第五条 装修施工须经业主同意后方可进行。")]
    [TestCase("第五条 鼓励经营者申请绿色商场认证。")]
    [TestCase("第五条 经营者经营满一年后方可申请星级评定。")]
    [TestCase("第五条 设置大型户外广告，须经县城市管理局批准后方可设置。")]
    [TestCase("第五条 政府投资项目未经审批的，不得开工建设。")]
    [TestCase("第五条 对实行行政许可管理的事项，行政机关应当精简申请材料。")]
    public void LawfulOrSimilarWording_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2001", text);
    }

    [Test]
    public void ClauseCitingSpecificArticle_IsDowngradedToInfo()
    {
        var finding = RuleTester.AssertFindings("LR2001", "第五条 从事瓶装液化气配送的，⟦须经县住房和城乡建设局批准后方可⟧经营，具体依照《城镇燃气管理条例》第十五条的规定办理。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(finding.Note, Does.Contain("《城镇燃气管理条例》第十五条"));
    }

    [Test]
    public void ClauseNamingLawWithoutArticle_IsAWarningWithHint()
    {
        var finding = RuleTester.AssertFindings("LR2001", "第五条 从事瓶装液化气配送的，⟦须经县住房和城乡建设局批准后方可⟧经营，具体依照《城镇燃气管理条例》办理。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(finding.Message, Does.Contain("未写明具体条款"));
    }
}
