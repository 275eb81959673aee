using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR1003DepartmentDirectingOthersTests
{
    private static string Doc(string issuer, string articles) => $"""
        {issuer}关于加强耕地保护工作的通知
        {articles}
        第九条 本办法自2025年5月1日起施行，有效期5年。
        {issuer}
        2025年3月1日
        """;

    [Test]
    public void DepartmentOrderingTownshipGovernments_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR1003", Doc("永春县农业农村局", "第一条 ⟦各乡镇人民政府必须⟧在每年3月底前完成耕地摸底登记。"));
        Assert.That(findings.Single().Message, Does.Contain("各乡镇人民政府"));
    }

    [Test]
    public void DepartmentAssigningOtherDepartments_IsReported()
    {
        RuleTester.AssertFindings("LR1003", Doc("永春县农业农村局", """
            第一条 ⟦县自然资源局、县公安局应当⟧每月开展一次联合巡查。
            第二条 巡查工作经费由⟦县财政局负责⟧保障。
            """));
    }

    [Test]
    public void NamedTownshipGovernment_IsReported()
    {
        RuleTester.AssertFindings("LR1003", Doc("永春县农业农村局", "第一条 ⟦蓬壶镇人民政府应当⟧设立耕地保护专职队伍。"));
    }

    [Test]
    public void DepartmentDescribingItsOwnDuties_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR1003", Doc("永春县农业农村局", """
            第一条 县农业农村局负责全县耕地保护的组织实施。
            第二条 县农业农村局应当每季度通报工作进展。
            """));
    }

    [Test]
    public void AbbreviatedOwnName_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR1003", Doc("永春县市场监督管理局", "第一条 县市场监管局应当建立投诉处理制度。"));
    }

    [Test]
    public void OtherDepartmentsActingWithinOwnDuties_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR1003", Doc("永春县农业农村局", "第一条 县自然资源局、县公安局按照各自职责做好耕地保护相关工作。"));
    }

    [Test]
    public void GovernmentIssuedDocument_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR1003", Doc("永春县人民政府", "第一条 各乡镇人民政府必须在每年3月底前完成耕地摸底登记；县财政局负责保障工作经费。"));
    }

    [Test]
    public void JointlyIssuedDocument_IsNotReported()
    {
        var text = """
            永春县农业农村局 永春县财政局关于加强耕地保护工作的通知
            第一条 县财政局负责保障工作经费。
            第九条 本办法自2025年5月1日起施行，有效期5年。
            永春县农业农村局 永春县财政局
            2025年3月1日
            """;
        RuleTester.AssertNoFindings("LR1003", text);
    }

    [Test]
    public void DepartmentDocumentApprovedByGovernment_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR1003", Doc("永春县农业农村局", """
            第一条 经县人民政府同意，制定本办法。
            第二条 各乡镇人民政府应当在每年3月底前完成耕地摸底登记。
            """));
    }
}
