using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2015StaffingMandateTests
{
    [Test]
    public void FullTimeStaffWithACount_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR2015", """
            第六条 农贸市场经营⟦企业应当配备不少于3名专职食品安全管理员⟧。
            """);
        Assert.That(findings.Single().Message, Does.Contain("增加市场主体义务"));
    }

    [Test]
    public void CertificateBeforeWork_IsReportedAsAPermit()
    {
        var findings = RuleTester.AssertFindings("LR2015", """
            第九条 ⟦用人单位应当确保护理从业人员取得本县养老护理培训合格证后方可上岗⟧。
            """);
        Assert.That(findings.Single().Message, Does.Contain("许可"));
    }

    [Test]
    public void CertifiedPostOnPropertyCompanies_IsReported() =>
        RuleTester.AssertFindings("LR2015", """
            第十二条 物业服务⟦企业必须设置持证电梯安全管理岗位⟧，并报县住房和城乡建设局备案。
            """);

    [Test]
    public void Encouragement_IsNotReported() =>
        RuleTester.AssertNoFindings("LR2015", """
            第六条 鼓励农贸市场经营企业配备食品安全管理人员，加强从业人员培训。
            """);

    [Test]
    public void DutyOnTheAdministration_IsNotReported() =>
        RuleTester.AssertNoFindings("LR2015", """
            第七条 县市场监督管理局应当配备专职执法人员，加强对农贸市场的日常检查。
            """);

    [Test]
    public void ProhibitionOfSuchDemands_IsNotReported() =>
        RuleTester.AssertNoFindings("LR2015", """
            第八条 不得要求企业配备专职人员作为享受扶持政策的条件。
            """);

    [Test]
    public void CentralDocument_IsNotJudged() =>
        RuleTester.AssertNoFindings("LR2015", """
            国务院办公厅关于加强养老服务的意见
            国办发〔2019〕5号
            一、养老服务机构应当配备专职消防安全管理人员。
            """);
}
