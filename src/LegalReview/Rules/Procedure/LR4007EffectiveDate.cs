using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4007: the document must state when it takes effect, and should leave market players an adaptation period
/// (the profile's minimum gap, 30 days) between publication and effect unless it gives a reason.
/// </summary>
[ReviewRule("LR4007", RuleCategory.Procedure, FindingSeverity.Warning, "施行日期缺失或施行前未留适应期",
    Description = "规范性文件应当明确施行日期。与市场主体生产经营活动密切相关的，应当结合实际确定是否为市场主体留出必要的适应调整期（《优化营商环境条例》第六十五条）；参照规章自公布之日起30日后施行的规定和各地通行做法，本规则以审查配置的间隔（默认30日）为提示门槛，确需立即施行的，应当说明理由。",
    Suggestion = "明确施行日期；一般应自印发之日起30日后施行，确需立即施行的，在起草说明和备案报告中说明理由。",
    OffendingExample = "本办法自印发之日起施行。",
    CompliantExample = "本办法自2025年4月1日起施行（成文日期2025年3月1日）。")]
[LegalBasis("《优化营商环境条例》第六十五条")]
[LegalBasis("《规章制定程序条例》第三十二条（规章自公布之日起30日后施行，参照；30日间隔以审查配置为准）", Verified = false)]
internal sealed partial class LR4007EffectiveDate : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        var profile = context.DocumentProfile;
        if (!profile.ProcedureApplies)
        {
            if (ProcedureNote(profile) is { } note)
            {
                context.Report(doc.TitleSpan ?? doc.SpanAt(0, Math.Min(doc.Text.Length, 10)), note, "无需按规范性文件的制定程序补充施行日期、有效期等条款；如确属规范性文件，请提供全文后重新审查。", FindingSeverity.Info);
            }

            return;
        }

        var minGap = context.Profile.MinimumEffectiveGapDays;
        if (doc.EffectiveDate is not { } clause)
        {
            var at = doc.Body.TitleSpan ?? doc.TitleSpan ?? doc.SpanAt(0, Math.Min(doc.Text.Length, 10));
            context.Report(at, "文件未规定施行日期。", "在附则或文末写明施行日期，例如“本办法自2025年4月1日起施行”。");
            return;
        }

        var paragraph = doc.Paragraphs[clause.Span.ParagraphIndex].Text;
        if (StatedReason().IsMatch(paragraph))
        {
            return;
        }

        switch (clause.Kind)
        {
            case EffectiveDateKind.OnIssue:
                context.Report(clause.Span, $"文件自印发之日起施行，公布与施行之间未留适应期（少于{minGap}日），且未说明需要立即施行的理由。");
                break;
            case EffectiveDateKind.DaysAfterIssue when clause.DaysAfterIssue < minGap:
                context.Report(clause.Span, $"文件自印发之日起{clause.DaysAfterIssue}日后施行，适应期少于{minGap}日，且未说明理由。");
                break;
            case EffectiveDateKind.FixedDate when doc.IssueDate is { } issued && clause.Date is { } date:
                var gap = date.Value.DayNumber - issued.Value.DayNumber;
                if (gap >= 0 && gap < minGap)
                {
                    context.Report(clause.Span, $"施行日期（{date.Original}）距成文日期（{issued.Original}）仅{gap}日，适应期少于{minGap}日，且未说明理由。");
                }

                break;
        }
    }

    [GeneratedRegex(@"(?:因|鉴于|为).{0,30}(?:紧迫|紧急|需要立即|确需立即|不立即施行)")]
    private static partial Regex StatedReason();

    /// <summary>The one note an out-of-scope or incomplete text gets instead of procedure findings; null for a central document, which simply follows its own drafting rules.</summary>
    /// <param name="profile">The document profile.</param>
    /// <returns>The note, or null.</returns>
    internal static string? ProcedureNote(DocumentProfile profile) => profile switch
    {
        { Scope: ReviewScope.OutOfScope } => $"本文件属于{profile.ScopeReason}，不在行政规范性文件合法性审核的范围内，故未对施行日期、有效期等制定程序事项逐项审查。",
        { Completeness: TextCompleteness.Excerpt } => "送审文本为节选或摘要，故未对施行日期、有效期等只能在全文中判断的事项逐项审查。",
        { Completeness: TextCompleteness.AttachmentMissing } => "文件列明的附件未随文本提供，施行日期、有效期可能规定在附件中，故未逐项审查。",
        _ => null,
    };
}
