using System.ComponentModel.DataAnnotations;
using LegalReview.Review;

namespace LegalReview.SampleHost.Cases;

/// <summary>
/// The review metadata as the submission form and the API take it: every field optional, dates as yyyy-MM-dd,
/// yes/no facts as true/false (left empty when the drafting unit does not state them).
/// </summary>
public sealed class MetadataInput
{
    [Display(Name = "起草单位名称")]
    [StringLength(100)]
    public string? Unit { get; set; }

    [Display(Name = "征求意见开始日期")]
    public DateOnly? ConsultationStart { get; set; }

    [Display(Name = "征求意见截止日期")]
    public DateOnly? ConsultationEnd { get; set; }

    [Display(Name = "是否征求市场主体、行业协会商会意见")]
    public bool? ConsultedMarketParticipants { get; set; }

    [Display(Name = "起草说明是否说明意见采纳情况")]
    public bool? CommentHandlingReported { get; set; }

    [Display(Name = "公平竞争审查结论")]
    [StringLength(2000)]
    public string? FairCompetitionConclusion { get; set; }

    [Display(Name = "是否会同市场监管部门开展公平竞争审查")]
    public bool? FairCompetitionJointReview { get; set; }

    [Display(Name = "送请合法性审核日期")]
    public DateOnly? LegalityReviewSubmitted { get; set; }

    [Display(Name = "出具合法性审核意见日期")]
    public DateOnly? LegalityReviewDate { get; set; }

    [Display(Name = "集体审议日期")]
    public DateOnly? CollectiveDeliberationDate { get; set; }

    [Display(Name = "是否开展评估论证")]
    public bool? AssessmentDone { get; set; }

    [Display(Name = "是否属于重大行政决策事项")]
    public bool? IsMajorDecision { get; set; }

    [Display(Name = "签发日期")]
    public DateOnly? SignedDate { get; set; }

    public ReviewMetadata ToMetadata() => new()
    {
        ConsultationStart = ConsultationStart,
        ConsultationEnd = ConsultationEnd,
        ConsultedMarketParticipants = ConsultedMarketParticipants,
        CommentHandlingReported = CommentHandlingReported,
        FairCompetitionConclusion = string.IsNullOrWhiteSpace(FairCompetitionConclusion) ? null : FairCompetitionConclusion.Trim(),
        FairCompetitionJointReview = FairCompetitionJointReview,
        LegalityReviewSubmitted = LegalityReviewSubmitted,
        LegalityReviewDate = LegalityReviewDate,
        CollectiveDeliberationDate = CollectiveDeliberationDate,
        AssessmentDone = AssessmentDone,
        IsMajorDecision = IsMajorDecision,
        SignedDate = SignedDate,
    };
}
