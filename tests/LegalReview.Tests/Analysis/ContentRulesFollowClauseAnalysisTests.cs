using LegalReview.Tests.Support;

namespace LegalReview.Tests.Analysis;

/// <summary>
/// The content rules report created measures only, through the one reporting call, and say so: the patterns
/// (a recording duty, a reward base, a reduction, a forbidden list, a checklist, a title) stay silent while their
/// creating counterparts are reported.
/// </summary>
public sealed class ContentRulesFollowClauseAnalysisTests
{
    [TestCase("LR2005", "第五条 对实施查封、扣押的，执法人员应当全程录像。")]
    [TestCase("LR2004", "第五条 举报查实后按罚没金额的5%给予奖励，罚款收入全额上缴国库。")]
    [TestCase("LR2006", "第五条 对小微企业减半收取检验费。")]
    [TestCase("LR2006", "第五条 审查机关应当审查文件是否违法收取保证金。")]
    [TestCase("LR2006", "第五条 各部门不得制定下列措施：\n（一）向入驻企业收取管理费；\n（二）要求企业缴纳保证金。")]
    [TestCase("LR2001", "第五条 按照《大型医用设备配置许可管理目录》进行统计。")]
    public void MentionedProhibitedOrRelieved_IsNotReported(string ruleId, string text) => RuleTester.AssertNoFindings(ruleId, text);

    [TestCase("LR2005", "第五条 对拒不整改的经营户，由县市场监督管理局⟦查封⟧其经营场所。")]
    [TestCase("LR2004", "第五条 违反本办法规定乱倒垃圾的，⟦处200元以上1000元以下罚款⟧。")]
    [TestCase("LR2006", "第五条 县环卫站按每户每月10元的标准⟦收取卫生管理费⟧。")]
    [TestCase("LR2006", "第五条 入驻企业应当履行下列义务：\n（一）按时⟦缴纳环境治理费⟧；\n（二）遵守园区管理制度。")]
    public void CreatedMeasure_IsReported_AndTheMessageSaysSo(string ruleId, string text)
    {
        var finding = RuleTester.AssertFindings(ruleId, text).Single();
        Assert.That(finding.Message, Does.Contain("由本文件自行设定"));
    }
}
