using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>LR4005: the document must be decided by collective deliberation before it is signed and published.</summary>
[ReviewRule("LR4005", RuleCategory.Procedure, FindingSeverity.Error, "未经集体审议决定",
    Description = "规范性文件应当经制定机关集体讨论决定（政府常务会议或者全体会议，部门局务会议或者办公会议），审议通过后方可签发、公布。本规则核查集体审议日期是否早于签发日期和公布日期。审查材料缺少相关事实时，仅以提示说明缺少哪一事实；未提供任何审查材料时，本规则不作报告。",
    Suggestion = "提请政府常务会议（全体会议）或部门办公会议集体审议，审议通过后再签发、公布。",
    OffendingExample = "文件于2025年3月5日签发，3月12日才提交局务会议审议。",
    CompliantExample = "2025年3月3日局务会议审议通过，3月5日签发。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第七十五条")]
[LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
internal sealed class LR4005CollectiveDeliberation : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata is not { } m)
        {
            return;
        }

        var at = ProcedureFacts.Anchor(context.Document);
        var missing = new List<string>();
        if (m.CollectiveDeliberationDate is not { } deliberated)
        {
            missing.Add("集体审议日期");
        }
        else
        {
            if (m.SignedDate is { } signed && signed < deliberated)
            {
                context.Report(at, $"签发日期（{ProcedureFacts.Format(signed)}）早于集体审议日期（{ProcedureFacts.Format(deliberated)}），文件未经集体审议决定即签发。", "先经集体审议决定，再签发。");
            }

            if (m.PublicationDate is { } published && published < deliberated)
            {
                context.Report(at, $"公布日期（{ProcedureFacts.Format(published)}）早于集体审议日期（{ProcedureFacts.Format(deliberated)}），文件未经集体审议决定即公布。", "先经集体审议决定，再公布。");
            }
        }

        if (m.SignedDate is null)
        {
            missing.Add("签发日期");
        }

        ProcedureFacts.ReportMissing(context, missing, "文件是否经集体审议决定后签发");
    }
}
