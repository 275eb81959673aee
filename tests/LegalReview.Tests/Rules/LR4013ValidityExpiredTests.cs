using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR4013ValidityExpiredTests
{
    private static readonly ReviewMetadata ReviewedOn2025June = new() { ReviewDate = new DateOnly(2025, 6, 1) };

    [Test]
    public void EndDateBeforeTheReviewDate_IsReported()
    {
        var findings = RuleTester.Run("LR4013", """
            某市停车场管理办法
            第一条 为了规范停车场管理，制定本办法。
            第二条 本办法自2019年3月1日起施行，有效期至2024年2月29日。
            """, metadata: ReviewedOn2025June);
        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Message, Does.Contain("2024年2月29日").And.Contain("已失效"));
        Assert.That(findings[0].Quote, Does.Contain("有效期"));
    }

    [Test]
    public void YearsCountedFromTheEffectiveDate_EndBeforeTheReviewDate_IsReported()
    {
        var findings = RuleTester.Run("LR4013", """
            某市停车场管理办法
            第一条 为了规范停车场管理，制定本办法。
            第二条 本办法自2019年3月1日起施行，有效期5年。
            """, metadata: ReviewedOn2025June);
        Assert.That(findings.Single().Message, Does.Contain("2024年2月29日"));
    }

    [Test]
    public void ValidityRunningPastTheReviewDate_IsNotReported() =>
        Assert.That(RuleTester.Run("LR4013", """
            某市停车场管理办法
            第一条 为了规范停车场管理，制定本办法。
            第二条 本办法自2025年3月1日起施行，有效期5年。
            """, metadata: ReviewedOn2025June), Is.Empty);

    [Test]
    public void NoValidityClause_IsLeftToLR4008() =>
        Assert.That(RuleTester.Run("LR4013", """
            某市停车场管理办法
            第一条 为了规范停车场管理，制定本办法。
            第二条 本办法自2019年3月1日起施行。
            """, metadata: ReviewedOn2025June), Is.Empty);

    [Test]
    public void WithProcedureFacts_LR4012GivesTheReminderInstead() =>
        Assert.That(RuleTester.Run("LR4013", """
            某市停车场管理办法
            第一条 为了规范停车场管理，制定本办法。
            第二条 本办法自2019年3月1日起施行，有效期5年。
            """, metadata: ReviewedOn2025June with { PublicationDate = new DateOnly(2019, 2, 1) }), Is.Empty);
}
