using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4001: a document affecting rights and obligations must be put to public consultation, and the drafting unit
/// must report how the comments were handled.
/// </summary>
[ReviewRule("LR4001", RuleCategory.Procedure, FindingSeverity.Error, "未公开征求意见或未说明意见采纳情况",
    Description = "制定涉及个人、组织权利义务的规范性文件，应当公开征求意见，并在起草说明中说明意见的采纳情况及理由。本规则依据审查材料（征求意见起止日期、意见采纳情况）核查；审查材料缺少相关事实时，仅以提示说明缺少哪一事实，不作推断；未提供任何审查材料（如仅对草案文本进行审查）时，本规则不作报告。",
    Suggestion = "依法公开征求意见，并在起草说明中逐项说明意见采纳情况，对未采纳的意见说明理由。",
    OffendingExample = "起草说明未载明征求意见情况，意见采纳情况未作说明。",
    CompliantExample = "2025年3月1日至3月31日在县政府门户网站公开征求意见，收到意见12条，采纳8条，未采纳4条并说明理由。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第七十五条")]
[LegalBasis("《优化营商环境条例》第六十二条")]
[LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
internal sealed class LR4001PublicConsultation : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata is not { } m)
        {
            return;
        }

        var at = ProcedureFacts.Anchor(context.Document);
        if (m is { ConsultationStart: { } start, ConsultationEnd: { } end } && end < start)
        {
            context.Report(at, $"征求意见截止日期（{ProcedureFacts.Format(end)}）早于开始日期（{ProcedureFacts.Format(start)}），征求意见记录有误。", "核对征求意见起止日期。");
        }

        if (m.CommentHandlingReported == false)
        {
            context.Report(at, "起草说明未说明公开征求意见的采纳情况。", "在起草说明中列明收到的意见、采纳情况以及未采纳的理由。");
        }

        var missing = new List<string>();
        if (m.ConsultationStart is null || m.ConsultationEnd is null)
        {
            missing.Add("征求意见起止日期");
        }

        if (m.CommentHandlingReported is null)
        {
            missing.Add("意见采纳情况");
        }

        ProcedureFacts.ReportMissing(context, missing, "文件是否依法公开征求意见");
    }
}
