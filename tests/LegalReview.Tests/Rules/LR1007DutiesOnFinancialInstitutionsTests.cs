using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR1007DutiesOnFinancialInstitutionsTests
{
    private const string Head = """
        县工业和信息化局关于支持小微企业发展的若干措施
        """;

    [Test]
    public void PeoplesBankBranchToldToApprove_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR1007", $"""
            {Head}
            第五条 ⟦人民银行县支行应当对辖区小微企业贷款实行优先审批⟧。
            """);
        Assert.That(findings.Single().Message, Does.Contain("人民银行县支行"));
    }

    [Test]
    public void CommercialBankBranchToldToLend_IsReported() =>
        RuleTester.AssertFindings("LR1007", $"""
            {Head}
            第六条 ⟦县农商银行各支行必须在5个工作日内完成贷款发放⟧。
            """);

    [Test]
    public void Encouragement_IsNotReported() =>
        RuleTester.AssertNoFindings("LR1007", $"""
            {Head}
            第五条 鼓励辖区银行业金融机构加大对小微企业的信贷支持。
            """);

    [Test]
    public void Coordination_IsNotReported() =>
        RuleTester.AssertNoFindings("LR1007", $"""
            {Head}
            第五条 县工业和信息化局协调人民银行县支行做好再贷款政策宣传。
            """);

    [Test]
    public void JointDocumentWithTheBank_IsNotReported() =>
        RuleTester.AssertNoFindings("LR1007", """
            县工业和信息化局 人民银行县支行关于支持小微企业发展的若干措施
            第五条 人民银行县支行应当加大再贷款支持力度。
            县工业和信息化局 人民银行县支行
            2025年3月1日
            """);

    [Test]
    public void StateCouncilDocument_IsNotJudged() =>
        RuleTester.AssertNoFindings("LR1007", """
            国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见
            国办发〔2019〕6号
            一、人民银行各分支机构要加大再贷款支持力度。
            """);
}
