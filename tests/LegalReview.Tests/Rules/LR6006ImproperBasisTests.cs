using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR6006ImproperBasisTests
{
    private static string Doc(string article) => "某县农村人居环境整治办法\n第一条 " + article + "\n第二条 本办法自2025年6月1日起施行。";

    [TestCase("根据县政府⟦常务会议纪要精神⟧，制定本办法。")]
    [TestCase("根据县委⟦主要领导讲话精神⟧，结合本县实际，制定本办法。")]
    [TestCase("依据⟦本局内部工作方案⟧，制定本办法。")]
    [TestCase("按照县⟦领导批示要求⟧，特制定本办法。")]
    public void ImproperBasis_IsReported(string article)
    {
        var findings = RuleTester.AssertFindings("LR6006", Doc(article));
        Assert.That(findings.Single().Message, Does.Contain("不是规范性文件的合法依据"));
    }

    [TestCase("根据《中华人民共和国城乡规划法》等法律、法规，结合本县实际，制定本办法。")]
    [TestCase("会议纪要应当在会后三日内印发。")]
    [TestCase("根据会议纪要精神，各部门抓好落实。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR6006", Doc(article));
    }
}
