namespace LegalReview.Review;

/// <summary>
/// What the drafting unit states about how the document was made: the procedure facts that procedure rules (LR4xxx)
/// check. Every field is optional; a rule whose fact is missing says so instead of guessing.
/// </summary>
public sealed record ReviewMetadata
{
    /// <summary>First day of public consultation (征求意见).</summary>
    public DateOnly? ConsultationStart { get; init; }

    /// <summary>Last day of public consultation.</summary>
    public DateOnly? ConsultationEnd { get; init; }

    /// <summary>Whether market players, trade associations or interested parties were consulted.</summary>
    public bool? ConsultedMarketParticipants { get; init; }

    /// <summary>Whether the draft's explanation reports how comments were handled.</summary>
    public bool? CommentHandlingReported { get; init; }

    /// <summary>The fair-competition review conclusion (公平竞争审查结论) text; empty when none was made.</summary>
    public string? FairCompetitionConclusion { get; init; }

    /// <summary>Whether the fair-competition review of a government-level document was joint with the market-regulation department.</summary>
    public bool? FairCompetitionJointReview { get; init; }

    /// <summary>The day the draft was sent for legality review (送审).</summary>
    public DateOnly? LegalityReviewSubmitted { get; init; }

    /// <summary>The day the legality review opinion was given.</summary>
    public DateOnly? LegalityReviewDate { get; init; }

    /// <summary>The legality review conclusion: 合法, 修改后合法, 不合法.</summary>
    public string? LegalityReviewConclusion { get; init; }

    /// <summary>Whether the changes asked for by the legality review were made.</summary>
    public bool? LegalityReviewResolved { get; init; }

    /// <summary>The day of collective deliberation (常务会议 / 局务会).</summary>
    public DateOnly? CollectiveDeliberationDate { get; init; }

    /// <summary>Whether an assessment (评估论证 / 风险评估) was made.</summary>
    public bool? AssessmentDone { get; init; }

    /// <summary>The day the document was signed (签发).</summary>
    public DateOnly? SignedDate { get; init; }

    /// <summary>The day the document was published.</summary>
    public DateOnly? PublicationDate { get; init; }

    /// <summary>The day the document was filed (报送备案).</summary>
    public DateOnly? FilingDate { get; init; }

    /// <summary>Items of the filing package supplied (备案报告, 正式文本, 起草说明, 制定依据, 合法性审核意见, 征求意见情况, 公平竞争审查结论, 电子文本).</summary>
    public IReadOnlyList<string>? FilingPackage { get; init; }

    /// <summary>Whether the document is a 重大行政决策 matter.</summary>
    public bool? IsMajorDecision { get; init; }

    /// <summary>Whether the document was registered under the 三统一 system (统一登记、统一编号、统一印发).</summary>
    public bool? UnifiedRegistration { get; init; }

    /// <summary>The date the review is made ("today"); defaults to the current date.</summary>
    public DateOnly? ReviewDate { get; init; }
}
