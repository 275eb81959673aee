using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2009PersonalRightsTests
{
    [Test]
    public void SanctionOnRelatives_IsReportedAsCollectivePunishment()
    {
        var finding = RuleTester.AssertFindings("LR2009", "第五条 对拒不签订拆迁协议的户主，⟦其子女参军政审一律不予⟧通过。").Single();
        Assert.That(finding.Message, Does.Contain("株连"));
    }

    [TestCase("第六条 对重点上访人员⟦限制其出行⟧。")]
    [TestCase("第七条 对拒不配合的人员，⟦强制参加学习班⟧。")]
    [TestCase("第八条 项目攻坚期间，参建单位职工⟦周末一律加班⟧。")]
    [TestCase("第九条 对拖欠税款的业主，⟦限制其子女入学⟧。")]
    public void RestrictionOfPersonalRights_IsReported(string text)
    {
        RuleTester.AssertFindings("LR2009", text);
    }

    [TestCase("第五条 当事人的近亲属可以依法代为申请行政复议。")]
    [TestCase("第五条 对拒不履行生效决定的当事人，依法申请人民法院强制执行。")]
    [TestCase("第五条 不得因当事人的违法行为限制其子女入学。")]
    [TestCase("第五条 节假日期间，各单位应当安排人员值班。")]
    [TestCase("第五条 任何单位和个人不得限制他人人身自由。")]
    public void ProtectiveOrOrdinaryWording_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2009", text);
    }
}
