using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4012: lifecycle reminders on the review date: evaluate a document in the months before its 有效期 ends, note
/// an expired document, and send the annual list of last year's documents by 31 January.
/// </summary>
[ReviewRule("LR4012", RuleCategory.Procedure, FindingSeverity.Info, "有效期评估和年度目录报送提示",
    Description = "规范性文件有效期届满前6个月内（各地规范性文件管理规定的通行做法，以审查配置为准），制定机关应当组织评估，根据评估结果决定继续施行、修改或者废止；有效期届满未重新公布的，文件自动失效。每年1月31日前，应当将上一年度制定的规范性文件目录报送备案审查机关。提示以审查日期为准；有效期届满日依文件的有效期条款和施行日期计算，施行日期依附于公布日期的，以公布日期（未提供时以成文日期）计算。审查材料缺少相关事实时，仅以提示说明缺少哪一事实；未提供任何审查材料时，本规则不作报告。",
    Suggestion = "在有效期届满前组织评估，需要继续施行的，按程序修订后重新公布；按时报送年度规范性文件目录。",
    OffendingExample = "有效期至2026年3月31日，审查日期为2025年11月1日，尚未组织评估。",
    CompliantExample = "有效期至2030年3月31日，审查日期为2025年11月1日。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《法规规章备案审查条例》第二十二条（规章目录报送，参照）", Verified = false)]
internal sealed class LR4012LifecycleReminders : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata is not { } m)
        {
            return;
        }

        var doc = context.Document;
        var today = context.Today;
        var issued = m.PublicationDate ?? doc.IssueDate?.Value;
        var effective = doc.EffectiveDate?.Resolve(issued);
        if (doc.Validity is { } validity && validity.EndDate(effective) is { } end)
        {
            var months = context.Profile.ExpiryReminderMonths;
            var evaluateFrom = end.AddMonths(-months);
            if (today > end)
            {
                context.Report(validity.Span, $"文件有效期已于{ProcedureFacts.Format(end)}届满，截至审查日（{ProcedureFacts.Format(today)}）已失效，不得继续作为行政管理的依据。", "确需继续施行的，按制定程序修订后重新公布；否则从现行有效文件目录中移出。");
            }
            else if (today >= evaluateFrom)
            {
                context.Report(validity.Span, $"文件有效期将于{ProcedureFacts.Format(end)}届满，已进入届满前{months}个月的评估期（自{ProcedureFacts.Format(evaluateFrom)}起）。", "组织评估，根据评估结果决定继续施行、修改或者废止，需继续施行的应当在届满前重新公布。");
            }
        }

        if (m.PublicationDate is not { } published)
        {
            ProcedureFacts.ReportMissing(context, ["公布日期"], "年度规范性文件目录的报送期限");
            return;
        }

        var listDue = new DateOnly(published.Year + 1, 1, 31);
        if (today.Year == published.Year + 1 && today <= listDue)
        {
            context.Report(ProcedureFacts.Anchor(doc), $"文件于{published.Year}年公布，应列入{published.Year}年度规范性文件目录，于{ProcedureFacts.Format(listDue)}前报送备案审查机关。", $"于{ProcedureFacts.Format(listDue)}前报送上一年度规范性文件目录。");
        }
    }
}
