using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4010: the document must be filed within the profile's days after publication; a period whose last day is a
/// rest day ends on the next working day.
/// </summary>
[ReviewRule("LR4010", RuleCategory.Procedure, FindingSeverity.Error, "逾期报送备案",
    Description = "规范性文件应当自公布之日起在规定期限内（全国基准30日，各地规定不一，以审查配置为准）报送备案。期限自公布之日的次日起算；期限最后一日是法定休假日的，以法定休假日结束的次日为期限的最后一日；周六、周日为休息日，国务院调休安排为工作日的除外。已提供报送备案日期的，核查是否逾期；未提供的，提示备案期限届满日。审查材料缺少公布日期时，仅以提示说明缺少该事实；未提供任何审查材料时，本规则不作报告。",
    Suggestion = "在备案期限届满前报送备案；已逾期的，立即补报并说明逾期原因。",
    OffendingExample = "2025年9月5日公布，2025年10月15日报送备案（期限届满日为2025年10月9日）。",
    CompliantExample = "2025年9月5日公布，2025年10月9日报送备案。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第七十五条")]
[LegalBasis("《中华人民共和国民法典》第二百零一条")]
[LegalBasis("《中华人民共和国民法典》第二百零三条")]
[LegalBasis("《北京市各级人民代表大会常务委员会规范性文件备案审查条例》第十一条")]
internal sealed class LR4010FilingDeadline : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata is not { } m)
        {
            return;
        }

        if (m.PublicationDate is not { } published)
        {
            ProcedureFacts.ReportMissing(context, ["公布日期"], "是否按期报送备案");
            return;
        }

        var at = ProcedureFacts.Anchor(context.Document);
        var days = context.Profile.FilingDeadlineDays;
        var deadline = context.Calendar.AddDays(published, days).DueOn;
        var note = ProcedureFacts.CalendarNote(context, published, deadline);
        var rule = $"自公布之日（{ProcedureFacts.Format(published)}）起{days}日内报送备案，期限届满日为{ProcedureFacts.Format(deadline)}{note}";
        if (m.FilingDate is { } filed)
        {
            if (filed > deadline)
            {
                context.Report(at, $"文件应当{rule}；实际于{ProcedureFacts.Format(filed)}报送，逾期{filed.DayNumber - deadline.DayNumber}日。", "说明逾期报送的原因；今后在备案期限内报送。");
            }

            return;
        }

        var today = context.Today;
        context.Report(
            at,
            today > deadline
                ? $"未提供报送备案日期，无法确认是否按期备案；文件应当{rule}，如尚未报送，截至{ProcedureFacts.Format(today)}已逾期{today.DayNumber - deadline.DayNumber}日。"
                : $"未提供报送备案日期，无法确认是否按期备案；文件应当{rule}。",
            today > deadline ? "核实是否已报送备案；尚未报送的，立即补报并说明逾期原因。" : $"最迟于{ProcedureFacts.Format(deadline)}报送备案。",
            FindingSeverity.Info);
    }
}
