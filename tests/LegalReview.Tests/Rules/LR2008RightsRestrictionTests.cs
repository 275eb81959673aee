using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2008RightsRestrictionTests
{
    [TestCase("第五条 对未完成整改的企业，⟦一律不予办理⟧用电报装手续。")]
    [TestCase("第六条 经营户⟦须与市场管理方签订消防安全责任书⟧。")]
    [TestCase("第七条 从事网约车经营的驾驶员⟦必须购买人身意外伤害保险⟧。")]
    [TestCase("第八条 有违规记录的企业，⟦取消其投标资格⟧。")]
    public void RestrictionOrObligation_IsAWarning(string text)
    {
        var finding = RuleTester.AssertFindings("LR2008", text).Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
    }

    [TestCase("第五条 鼓励企业签订安全生产承诺书。")]
    [TestCase("第五条 机动车所有人应当依法投保机动车交通事故责任强制保险。")]
    [TestCase("第五条 各乡镇应当与县人民政府签订安全生产目标责任书。")]
    [TestCase("第五条 用人单位应当为职工参加工伤保险。")]
    [TestCase("第五条 申请材料齐全的，不得以任何理由不予办理。")]
    [TestCase("第五条 投标人当前未被有关部门取消投标资格。")]
    public void EncouragementOrStatutoryDuty_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2008", text);
    }
}
