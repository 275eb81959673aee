using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4004: the legality review must take place before collective deliberation, last a realistic time, and any
/// changes it asks for must be made.
/// </summary>
[ReviewRule("LR4004", RuleCategory.Procedure, FindingSeverity.Error, "未经合法性审核或审核意见未落实",
    Description = "规范性文件未经合法性审核或者经审核不合法的，不得提交集体审议；审核意见要求修改的，应当修改后再行提交。合法性审核应当保证必要的审核时间，一般不少于5个工作日（以审查配置为准），重大行政决策事项不少于7个工作日；工作日按国务院节假日安排计算，送审当日不计入。审查材料缺少相关事实时，仅以提示说明缺少哪一事实；未提供任何审查材料时，本规则不作报告。",
    Suggestion = "先经合法性审核，按审核意见修改完善后再提交集体审议，并保证必要的审核时间。",
    OffendingExample = "2025年3月10日集体审议，合法性审核意见出具于2025年3月12日。",
    CompliantExample = "2025年3月1日送审，3月10日出具“修改后合法”的审核意见，起草单位修改后于3月20日提交集体审议。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第七十五条")]
[LegalBasis("《优化营商环境条例》第六十三条")]
[LegalBasis("《重大行政决策程序暂行条例》第二十六条")]
[LegalBasis("《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）", Verified = false)]
internal sealed class LR4004LegalityReview : DocumentRule
{
    private const int MajorDecisionMinimumWorkingDays = 7;

    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata is not { } m)
        {
            return;
        }

        var at = ProcedureFacts.Anchor(context.Document);
        var missing = new List<string>();
        if (m.LegalityReviewDate is null)
        {
            missing.Add("合法性审核意见日期");
        }

        if (string.IsNullOrWhiteSpace(m.LegalityReviewConclusion))
        {
            missing.Add("合法性审核结论");
        }
        else
        {
            var conclusion = m.LegalityReviewConclusion.Trim();
            var unlawful = conclusion.Contains("不合法", StringComparison.Ordinal);
            var needsChanges = unlawful || conclusion.Contains("修改", StringComparison.Ordinal);
            if (needsChanges && m.LegalityReviewResolved == false)
            {
                context.Report(at, unlawful
                    ? $"合法性审核结论为“{conclusion}”，未经纠正不得提交集体审议和出台。"
                    : $"合法性审核结论为“{conclusion}”，但审核意见要求的修改尚未落实。", "按合法性审核意见修改文件，并由审核机构确认后再提交集体审议。");
            }
            else if (needsChanges && m.LegalityReviewResolved is null)
            {
                missing.Add("审核意见落实情况");
            }
        }

        if (m.LegalityReviewSubmitted is null)
        {
            missing.Add("送审日期");
        }

        if (m is { LegalityReviewSubmitted: { } submitted, LegalityReviewDate: { } reviewed })
        {
            var required = m.IsMajorDecision == true ? Math.Max(MajorDecisionMinimumWorkingDays, context.Profile.LegalityReviewMinimumWorkingDays) : context.Profile.LegalityReviewMinimumWorkingDays;
            var calendar = context.Calendar;
            var used = reviewed > submitted ? calendar.CountWorkingDays(submitted.AddDays(1), reviewed) : 0;
            if (reviewed < submitted)
            {
                context.Report(at, $"合法性审核意见日期（{ProcedureFacts.Format(reviewed)}）早于送审日期（{ProcedureFacts.Format(submitted)}），审核记录有误。", "核对送审日期和审核意见日期。");
            }
            else if (used < required)
            {
                context.Report(at, $"自送审（{ProcedureFacts.Format(submitted)}）至出具审核意见（{ProcedureFacts.Format(reviewed)}）仅{used}个工作日，少于{(m.IsMajorDecision == true ? "重大行政决策事项" : string.Empty)}一般不少于{required}个工作日的审核时间{ProcedureFacts.CalendarNote(context, submitted, reviewed)}。", $"保证不少于{required}个工作日的合法性审核时间。", FindingSeverity.Warning);
            }
        }

        if (m is { CollectiveDeliberationDate: { } deliberated, LegalityReviewDate: { } opinion } && deliberated < opinion)
        {
            context.Report(at, $"集体审议日期（{ProcedureFacts.Format(deliberated)}）早于合法性审核意见日期（{ProcedureFacts.Format(opinion)}），文件未经合法性审核即提交集体审议。", "先经合法性审核，再提交集体审议。");
        }

        ProcedureFacts.ReportMissing(context, missing, "合法性审核是否依法进行");
    }
}
