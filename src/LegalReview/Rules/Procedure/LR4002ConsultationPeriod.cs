using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4002: the public consultation must last long enough (30 days for texts closely tied to market players,
/// otherwise 7 working days, per profile), and market-related texts must hear market players.
/// </summary>
[ReviewRule("LR4002", RuleCategory.Procedure, FindingSeverity.Error, "征求意见期限不足或未听取市场主体意见",
    Description = "与市场主体生产经营活动密切相关的规范性文件，公开征求意见的期限一般不少于30日，并应当充分听取市场主体、行业协会商会的意见；其他涉及权利义务的文件，征求意见期限一般不少于7个工作日（以审查配置为准）。是否与市场主体密切相关，依文中是否使用“企业”“经营者”“市场主体”“招标”“采购”“补贴”“奖励”“准入”“收费”等用语判断，并在提示中说明依据。期限按征求意见起止日期计算，首尾两日均计入（从宽掌握）；工作日按国务院节假日安排计算。审查材料缺少相关事实时，仅以提示说明缺少哪一事实；未提供任何审查材料时，本规则不作报告。",
    Suggestion = "延长征求意见期限至法定最低期限以上；涉及市场主体的，应当通过座谈会、书面征求等方式听取市场主体、行业协会商会的意见。",
    OffendingExample = "涉企文件征求意见期间为2025年3月1日至3月10日。",
    CompliantExample = "涉企文件征求意见期间为2025年3月1日至3月31日，并召开企业座谈会听取意见。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《优化营商环境条例》第六十二条")]
[LegalBasis("《公平竞争审查条例》第十六条")]
[LegalBasis("《法治政府建设示范指标体系》第二十四项", Verified = false)]
internal sealed class LR4002ConsultationPeriod : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata is not { } m)
        {
            return;
        }

        var doc = context.Document;
        var at = ProcedureFacts.Anchor(doc);
        var marketRelated = MarketRelevance.IsMarketRelated(doc);
        var reason = MarketRelevance.Reason(doc);
        var missing = new List<string>();
        if (m is { ConsultationStart: { } start, ConsultationEnd: { } end } && end >= start)
        {
            var span = $"{ProcedureFacts.Format(start)}至{ProcedureFacts.Format(end)}";
            if (marketRelated)
            {
                var days = end.DayNumber - start.DayNumber + 1;
                var required = context.Profile.MarketCommentPeriodDays;
                if (days < required)
                {
                    context.Report(at, $"{reason}，征求意见期限应不少于{required}日；实际征求意见期间为{span}，共{days}日。", $"征求意见期限延长至不少于{required}日。");
                }
            }
            else
            {
                var calendar = context.Calendar;
                var workingDays = calendar.CountWorkingDays(start, end);
                var required = context.Profile.CommentPeriodWorkingDays;
                if (workingDays < required)
                {
                    context.Report(at, $"征求意见期限应不少于{required}个工作日；实际征求意见期间为{span}，仅{workingDays}个工作日{ProcedureFacts.CalendarNote(context, start, end)}。", $"征求意见期限延长至不少于{required}个工作日。");
                }
            }
        }
        else if (m.ConsultationStart is null || m.ConsultationEnd is null)
        {
            missing.Add("征求意见起止日期");
        }

        if (marketRelated)
        {
            if (m.ConsultedMarketParticipants == false)
            {
                context.Report(at, $"{reason}，但征求意见时未听取市场主体、行业协会商会或利害关系人的意见。", "通过座谈会、书面征求意见等方式听取市场主体、行业协会商会的意见，并说明采纳情况。");
            }
            else if (m.ConsultedMarketParticipants is null)
            {
                missing.Add("是否听取市场主体意见的情况");
            }
        }

        var onlyDates = missing.Count == 1 && missing[0] == "征求意见起止日期";
        ProcedureFacts.ReportMissing(context, missing, onlyDates ? "征求意见期限" : "征求意见期限及听取市场主体意见情况", onlyDates ? null : reason);
    }
}
