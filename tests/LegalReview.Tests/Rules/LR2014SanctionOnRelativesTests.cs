using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2014SanctionOnRelativesTests
{
    [Test]
    public void RestrictionsOnTheDebtorsChildAndSpouse_AreReported()
    {
        var findings = RuleTester.AssertFindings("LR2014", """
            第五条 对拒不履行生效判决的失信被执行人，其⟦子女不得报考本市事业单位⟧，其⟦配偶不得享受本县各类补贴⟧。
            """);
        Assert.That(findings[0].Message, Does.Contain("子女").And.Contain("无过错的第三人"));
    }

    [Test]
    public void FamilyLimitedInSeveralAreasForUnpaidFees_IsReported() =>
        RuleTester.AssertFindings("LR2014", """
            第八条 欠缴物业服务费超过一年的业主，其⟦家庭成员在评优评先、申请补贴等方面予以限制⟧。
            """);

    [Test]
    public void RelativesOfPeopleInvolvedInGangCrime_AreReported() =>
        RuleTester.AssertFindings("LR2014", """
            第十条 涉黑涉恶人员的⟦直系亲属一律不得报考辅警岗位⟧。
            """);

    [Test]
    public void HouseholdConditionForABenefit_IsNotASanction() =>
        RuleTester.AssertNoFindings("LR2014", """
            第四条 申请人及其配偶、未成年子女在本市均无自有住房的，可以申请公共租赁住房。
            """);

    // Real sentence: 《专利代理条例》 (国令第706号), among the State Council documents; a conflict-of-interest duty, no sanction.
    [Test]
    public void ConflictOfInterestDutyOnRelatives_WithoutWrongdoing_IsNotReported() =>
        RuleTester.AssertNoFindings("LR2014", """
            第十六条 专利代理机构应当指派在本机构执业的专利代理师承办专利代理业务，指派的专利代理师本人及其近亲属不得与其承办的专利代理业务有利益冲突。
            """);

    [Test]
    public void DisciplineOnOfficialsFamilies_IsNotReported() =>
        RuleTester.AssertNoFindings("LR2014", """
            第六条 领导干部的配偶、子女不得在其管辖的地区和业务范围内违规经商办企业。
            """);

    [Test]
    public void ProhibitionOfSuchRestrictions_IsNotReported() =>
        RuleTester.AssertNoFindings("LR2014", """
            第七条 各部门不得以当事人失信为由，限制其近亲属依法享有的各项权利。
            """);

    [Test]
    public void RestrictionOnTheWrongdoerHimself_IsNotThisRule() =>
        RuleTester.AssertNoFindings("LR2014", """
            第九条 失信被执行人本人不得乘坐飞机、列车软卧。
            """);
}
