using Jinjiang.LegalReview.Rules;
using LegalReview.Documents.Reading;
using LegalReview.Review;

namespace LegalReview.Analyzers.Tests.Samples;

/// <summary>The sample rule built on the public clause toolkit: a created requirement is reported, a forbidden one is not.</summary>
public sealed class LR9002SharedCertificateCopiesTests
{
    private static List<Finding> Review(string body)
    {
        var document = new DocumentReader().ReadText($"晋江市人民政府关于印发晋江市政务服务办法的通知\n{body}\n", "t.txt");
        var engine = new ReviewEngine([new LR9002SharedCertificateCopies()], new ReviewOptions());
        return engine.Review(document).Findings.Where(f => f.RuleId == "LR9002").ToList();
    }

    [Test]
    public void CreatedRequirement_IsReported()
    {
        var finding = Review("第五条 申请人应当提交营业执照复印件。").Single();
        Assert.That(finding.Message, Does.Contain("营业执照复印件").And.Contain("由本文件自行设定"));
    }

    [TestCase("第五条 不得要求申请人提交营业执照复印件，由受理窗口通过共享平台核验。")]
    [TestCase("第五条 各部门不得有下列行为：\n（一）要求申请人必须提交身份证复印件；\n（二）重复收取材料。")]
    public void ForbiddenRequirement_IsNotReported(string body) => Assert.That(Review(body), Is.Empty);
}
