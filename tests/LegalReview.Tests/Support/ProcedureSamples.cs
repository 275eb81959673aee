using LegalReview.Review;

namespace LegalReview.Tests.Support;

/// <summary>Sample documents and a complete, lawful procedure record for the LR4xxx rule tests.</summary>
internal static class ProcedureSamples
{
    /// <summary>A government subsidy measure: market-related, issued by a people's government. The title is marked.</summary>
    public const string MarketText = """
        ⟦晋江市企业技术改造补助办法⟧
        第一条 为了支持企业技术改造，制定本办法。
        第二条 对符合条件的企业给予补助。
        第三条 本办法自2025年5月1日起施行，有效期5年。
        晋江市人民政府
        2025年3月5日
        """;

    /// <summary>A department's measure that does not touch market players. The title is marked.</summary>
    public const string PlainText = """
        ⟦晋江市城市道路挖掘管理办法⟧
        第一条 为了加强城市道路挖掘管理，制定本办法。
        第二条 挖掘城市道路应当设置安全警示标志。
        第三条 本办法自2025年5月1日起施行，有效期5年。
        晋江市城市管理局
        2025年3月5日
        """;

    /// <summary>A complete procedure record with which every procedure rule passes on both samples.</summary>
    public static ReviewMetadata Complete { get; } = new()
    {
        ConsultationStart = new DateOnly(2025, 1, 2),
        ConsultationEnd = new DateOnly(2025, 2, 10),
        ConsultedMarketParticipants = true,
        CommentHandlingReported = true,
        FairCompetitionConclusion = "未违反公平竞争审查标准，可以出台。",
        FairCompetitionJointReview = true,
        LegalityReviewSubmitted = new DateOnly(2025, 2, 11),
        LegalityReviewDate = new DateOnly(2025, 2, 20),
        LegalityReviewConclusion = "合法",
        LegalityReviewResolved = true,
        CollectiveDeliberationDate = new DateOnly(2025, 2, 25),
        AssessmentDone = true,
        SignedDate = new DateOnly(2025, 3, 5),
        PublicationDate = new DateOnly(2025, 3, 10),
        FilingDate = new DateOnly(2025, 3, 20),
        FilingPackage = ["备案报告", "正式文本", "电子文本", "起草说明", "制定依据", "合法性审核意见", "征求意见及采纳情况", "公平竞争审查结论"],
        IsMajorDecision = false,
        UnifiedRegistration = true,
        ReviewDate = new DateOnly(2025, 6, 1),
    };

    /// <summary>A record with nothing but the review date.</summary>
    public static ReviewMetadata Empty { get; } = new() { ReviewDate = new DateOnly(2025, 6, 1) };

    /// <summary>The sample text without markers.</summary>
    /// <param name="marked">A marked sample.</param>
    /// <returns>The plain text.</returns>
    public static string Unmarked(string marked) => RuleTester.Unmark(marked).Text;

    /// <summary>Runs a rule on a sample and asserts that it reports exactly one info finding, returning its message.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="marked">The marked sample (the title is the expected span).</param>
    /// <param name="metadata">The metadata.</param>
    /// <returns>The message.</returns>
    public static string SingleInfo(string ruleId, string marked, ReviewMetadata metadata)
    {
        var findings = RuleTester.AssertFindings(ruleId, marked, metadata: metadata);
        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Severity, Is.EqualTo(FindingSeverity.Info));
        return findings[0].Message;
    }

    /// <summary>Runs a rule on a sample and asserts exactly one finding at the title, returning it.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="marked">The marked sample.</param>
    /// <param name="metadata">The metadata.</param>
    /// <returns>The finding.</returns>
    public static Finding Single(string ruleId, string marked, ReviewMetadata metadata)
    {
        var findings = RuleTester.AssertFindings(ruleId, marked, metadata: metadata);
        Assert.That(findings, Has.Count.EqualTo(1), string.Join("\n", findings.Select(f => f.Message)));
        return findings[0];
    }
}
