using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR1002CountyRegulationClaimTests
{
    [Test]
    public void CountyGovernmentDecree_IsReported()
    {
        var text = """
            永春⟦县人民政府令第1号⟧
            永春县城市绿化管理办法
            第一条 为了加强城市绿化管理，制定本办法。
            第二条 本办法自2025年5月1日起施行，有效期5年。
            """;
        var findings = RuleTester.AssertFindings("LR1002", text);
        Assert.That(findings.Single().Message, Does.Contain("政府令"));
    }

    [Test]
    public void CountyDocumentCallingItselfRegulation_IsReported()
    {
        var text = """
            永春县人民政府关于印发永春县城市绿化管理办法的通知
            第一条 为了加强城市绿化管理，制定⟦本规章⟧。
            第二条 ⟦本规章⟧自2025年5月1日起施行，有效期5年。
            永春县人民政府
            2025年3月1日
            """;
        RuleTester.AssertFindings("LR1002", text);
    }

    [Test]
    public void DistrictDepartmentCallingItselfRegulation_IsReported()
    {
        var text = """
            鼓楼区住房和城乡建设局关于加强物业管理的通知
            第一条 ⟦本规章⟧适用于本区住宅小区的物业管理活动。
            第二条 本办法自2025年5月1日起施行，有效期5年。
            """;
        RuleTester.AssertFindings("LR1002", text);
    }

    [Test]
    public void CityGovernmentRegulation_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR1002", """
            福州市人民政府令第90号
            福州市城市绿化管理办法
            第一条 为了加强城市绿化管理，制定本规章。
            第二条 本规章自2025年5月1日起施行。
            福州市人民政府
            2025年3月1日
            """);
    }

    [Test]
    public void CountyDocumentCitingUpperRegulation_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR1002", """
            永春县住房和城乡建设局关于加强物业管理的通知
            第一条 根据《福建省物业管理条例》和《泉州市物业管理办法》等规定，制定本办法。
            第二条 本办法未规定的，适用有关法律、法规和规章的规定。
            第三条 本办法自2025年5月1日起施行，有效期5年。
            """);
    }
}
