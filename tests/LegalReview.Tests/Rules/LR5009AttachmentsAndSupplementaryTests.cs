using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR5009AttachmentsAndSupplementaryTests
{
    private const string Articles = """
        第一条 为了加强城市道路挖掘管理，制定本办法。
        第二条 挖掘城市道路应当设置安全警示标志。
        第三条 挖掘完成后应当按期恢复路面。
        第四条 违反本办法的，依法处理。
        """;

    [Test]
    public void AttachmentNameWithEndPunctuation_IsReported()
    {
        var text = """
            晋江市人民政府关于加强城市道路挖掘管理的通知
            各镇人民政府：
            请按附件要求填报。
            附件：1.晋江市城市道路挖掘申请表⟦。⟧
            晋江市人民政府
            2025年3月5日
            """;
        var findings = RuleTester.AssertFindings("LR5009", text);
        Assert.That(findings.Single().Message, Does.Contain("后加了标点"));
    }

    [Test]
    public void MentionedAttachmentWithoutAttachment_IsReported()
    {
        var text = """
            晋江市人民政府关于加强城市道路挖掘管理的通知
            各镇人民政府：
            请按要求填报申请表（⟦见附件⟧）。
            晋江市人民政府
            2025年3月5日
            """;
        var findings = RuleTester.AssertFindings("LR5009", text);
        Assert.That(findings.Single().Message, Does.Contain("没有附件说明"));
    }

    [Test]
    public void ListedAttachmentMissingFromTheText_IsReported()
    {
        var text = """
            晋江市人民政府关于加强城市道路挖掘管理的通知
            各镇人民政府：
            请按要求填报申请表（见附件1、附件2）。
            附件：1.晋江市城市道路挖掘申请表
            2.⟦晋江市城市道路挖掘验收表⟧
            晋江市人民政府
            2025年3月5日
            附件1
            晋江市城市道路挖掘申请表
            申请单位：
            """;
        var findings = RuleTester.AssertFindings("LR5009", text);
        Assert.That(findings.Single().Message, Does.Contain("未附该附件"));
    }

    [Test]
    public void SupplementaryWithoutInterpretation_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR5009", "晋江市城市道路挖掘管理办法\n" + Articles + "\n⟦第五条⟧ 本办法自2025年5月1日起施行，有效期5年。");
        Assert.That(findings.Single().Message, Does.Contain("解释机关"));
    }

    [Test]
    public void CompleteAttachmentsAndSupplementary_AreNotReported()
    {
        RuleTester.AssertNoFindings("LR5009", "晋江市城市道路挖掘管理办法\n" + Articles + "\n第五条 本办法由晋江市城市管理局负责解释。\n第六条 本办法自2025年5月1日起施行，有效期5年。");
        RuleTester.AssertNoFindings("LR5009", """
            晋江市人民政府关于加强城市道路挖掘管理的通知
            各镇人民政府：
            请按要求填报申请表（见附件）。
            附件：晋江市城市道路挖掘申请表
            晋江市人民政府
            2025年3月5日
            附件
            晋江市城市道路挖掘申请表
            申请单位：
            """);
    }

    [Test]
    public void ShortTextWithoutInterpretation_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR5009", "晋江市城市道路挖掘管理办法\n第一条 为了加强城市道路挖掘管理，制定本办法。\n第二条 本办法自2025年5月1日起施行。");
    }
}
