using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR1006InterpreterOrCoIssuerNotAdministrativeTests
{
    private const string Body = """
        第一条 为了规范农贸市场管理，制定本办法。
        第二条 本办法自2025年5月1日起施行，有效期5年。
        """;

    [TestCase("县商务局市场建设科")]
    [TestCase("市场监管总局法规司")]
    [TestCase("县交通运输局运输管理股")]
    [TestCase("市住房和城乡建设局房地产市场监管处")]
    public void InternalDivisionAsInterpreter_IsReported(string division)
    {
        var findings = RuleTester.AssertFindings("LR1006", $"{Body}\n第三条 本办法由⟦{division}⟧负责解释。");
        Assert.That(findings.Single().Message, Does.Contain("内设机构"));
    }

    [Test]
    public void CoordinationBodyAmongTwoInterpreters_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR1006", $"{Body}\n第三条 本办法由县商务局会同⟦县农贸市场改造提升工作领导小组⟧负责解释。");
        Assert.That(findings.Single().Message, Does.Contain("议事协调机构"));
    }

    [Test]
    public void CourtAsJointIssuerOfALocalDocument_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR1006", $"""
            县住房和城乡建设局 ⟦县人民法院⟧关于规范物业纠纷化解工作的通知
            {Body}
            县住房和城乡建设局 县人民法院
            2025年3月1日
            """);
        Assert.That(findings.Single().Message, Does.Contain("审判机关"));
    }

    [TestCase("县商务局")]
    [TestCase("县住房和城乡建设局")]
    [TestCase("县人民政府办公室")]
    [TestCase("国务院办公厅")]
    [TestCase("县财政局和县商务局")]
    public void OrganAsInterpreter_IsNotReported(string organ) =>
        RuleTester.AssertNoFindings("LR1006", $"{Body}\n第三条 本办法由{organ}负责解释。");

    // Real closing sentence of 国办函〔2005〕57号 (among the State Council documents).
    [Test]
    public void RealPlanInterpretedByTheGeneralOffice_IsNotReported() =>
        RuleTester.AssertNoFindings("LR1006", "7.2　本预案由国务院办公厅负责解释。");

    [Test]
    public void DivisionDoingTheWorkButOrganInterpreting_IsNotReported() =>
        RuleTester.AssertNoFindings("LR1006", $"{Body}\n第三条 本办法由县商务局负责解释，具体工作由县商务局市场建设科承担。");

    [Test]
    public void TwoGovernmentDepartmentsIssuingJointly_AreNotReported() =>
        RuleTester.AssertNoFindings("LR1006", $"""
            县住房和城乡建设局 县市场监督管理局关于规范物业服务收费的通知
            {Body}
            县住房和城乡建设局 县市场监督管理局
            2025年3月1日
            """);
}
