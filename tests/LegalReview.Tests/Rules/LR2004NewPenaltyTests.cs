using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2004NewPenaltyTests
{
    [TestCase("第五条 违反本办法第三条规定乱倒垃圾的，⟦处200元以上1000元以下罚款⟧。")]
    [TestCase("第七条 情节严重的，⟦吊销其经营许可证⟧。")]
    [TestCase("第九条 弄虚作假的，⟦三年内不得申请⟧本县建设项目招标。")]
    [TestCase("第十条 对违规经营的摊贩，⟦没收其经营工具⟧。")]
    public void CreatedPenalty_IsReported(string text)
    {
        var finding = RuleTester.AssertFindings("LR2004", text).Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(finding.Message, Does.Contain("不得设定行政处罚"));
    }

    [Test]
    public void SeveralPenaltiesInOneClause_AreEachReported()
    {
        RuleTester.AssertFindings("LR2004", "第六条 对拒不整改的商户，⟦予以通报批评⟧，并⟦责令停业整顿⟧。");
    }

    [Test]
    public void BlanketMaximumPenalty_IsReportedAsDiscretionProblem()
    {
        var finding = RuleTester.AssertFindings("LR2004", "第八条 对违法排污的企业，⟦一律顶格处罚⟧。").Single();
        Assert.That(finding.Message, Does.Contain("裁量"));
    }

    [TestCase("第五条 违反本办法规定的，由县城市管理局依法予以处罚。")]
    [TestCase("第五条 违反本办法规定乱倒垃圾的，由县城市管理局依法处以罚款。")]
    [TestCase("第五条 对工作不力的乡镇，予以通报批评。")]
    [TestCase("第五条 对工作推进不力的单位，由县政府督查室予以通报批评。")]
    [TestCase("第五条 以欺骗手段取得补贴的，追回补贴资金，三年内不得申请本办法规定的补贴。")]
    [TestCase("第五条 行政机关不得以罚款代替监管。")]
    [TestCase("第五条 罚款收入全额上缴国库。")]
    [TestCase("第五条 责令改正后仍不整改的，依法处理。")]
    public void RestatementOrInternalMatter_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2004", text);
    }

    [Test]
    public void ClauseCitingSpecificArticle_IsDowngradedToInfo()
    {
        var finding = RuleTester.AssertFindings("LR2004", "第五条 乱倒垃圾的，⟦处200元以上1000元以下罚款⟧，依照《城市市容和环境卫生管理条例》第三十四条执行。").Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(finding.Note, Is.Not.Null.And.Contains("第三十四条"));
    }
}
