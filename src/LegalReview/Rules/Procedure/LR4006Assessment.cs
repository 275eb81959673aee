using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>LR4006: the drafting unit should assess the document (评估论证), and assess risks for 重大行政决策 matters.</summary>
[ReviewRule("LR4006", RuleCategory.Procedure, FindingSeverity.Info, "未进行评估论证",
    Description = "制定涉及个人、组织权利义务的规范性文件，应当对制定的必要性、可行性、合法性和可能产生的影响进行评估论证；属于重大行政决策事项的，还应当依照《重大行政决策程序暂行条例》进行风险评估。审查材料缺少相关事实时，仅以提示说明缺少哪一事实；未提供任何审查材料时，本规则不作报告。",
    Suggestion = "补充评估论证，并在起草说明中载明评估论证情况；重大行政决策事项应当进行风险评估。",
    OffendingExample = "起草说明无评估论证内容。",
    CompliantExample = "起草单位对文件的必要性、可行性及社会影响进行了评估论证，形成评估报告。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第七十五条")]
[LegalBasis("《重大行政决策程序暂行条例》第二十二条")]
[LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
internal sealed class LR4006Assessment : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata is not { } m)
        {
            return;
        }

        switch (m.AssessmentDone)
        {
            case false when m.IsMajorDecision == true:
                context.Report(ProcedureFacts.Anchor(context.Document), "本文件属于重大行政决策事项，审查材料显示未进行评估论证和风险评估。", "依照《重大行政决策程序暂行条例》第二十二条至第二十四条进行风险评估，并形成评估报告。");
                break;
            case false:
                context.Report(ProcedureFacts.Anchor(context.Document), "审查材料显示未对文件的必要性、可行性和可能产生的影响进行评估论证。");
                break;
            case null:
                ProcedureFacts.ReportMissing(context, ["评估论证情况"], "文件是否经过评估论证");
                break;
        }
    }
}
