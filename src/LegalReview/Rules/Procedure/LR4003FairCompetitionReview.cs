using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4003: a document touching operators' economic activity needs a fair-competition review with a written
/// conclusion; one issued in the name of a people's government needs the joint review of the market-regulation
/// department at the same level.
/// </summary>
[ReviewRule("LR4003", RuleCategory.Procedure, FindingSeverity.Error, "未进行公平竞争审查或未会同市场监管部门审查",
    Description = "起草涉及经营者经济活动的政策措施，应当进行公平竞争审查并形成书面审查结论；以县级以上人民政府（含办公室）名义出台的，由起草单位在起草阶段会同本级市场监督管理部门进行审查。是否涉及经营者经济活动，依文中是否使用“企业”“经营者”“市场主体”“招标”“采购”“补贴”“奖励”“准入”“收费”等用语判断，并在提示中说明依据；不涉及的文件不作核查。审查材料缺少相关事实时，仅以提示说明缺少哪一事实；未提供任何审查材料时，本规则不作报告。",
    Suggestion = "在提请审议前完成公平竞争审查并形成书面审查结论；以政府名义出台的，会同本级市场监督管理部门审查。",
    OffendingExample = "涉企奖补文件未附公平竞争审查结论。",
    CompliantExample = "起草单位会同县市场监督管理局进行公平竞争审查，书面结论为“未违反审查标准，可以出台”。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《公平竞争审查条例》第二条")]
[LegalBasis("《公平竞争审查条例》第十三条")]
[LegalBasis("《公平竞争审查条例》第十七条")]
[LegalBasis("《中华人民共和国反垄断法》第五条")]
[LegalBasis("《优化营商环境条例》第六十三条")]
internal sealed class LR4003FairCompetitionReview : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        if (context.Metadata is not { } m || !MarketRelevance.IsMarketRelated(doc))
        {
            return;
        }

        var at = ProcedureFacts.Anchor(doc);
        var reason = MarketRelevance.Reason(doc);
        var missing = new List<string>();
        if (m.FairCompetitionConclusion is null)
        {
            missing.Add("公平竞争审查结论");
        }
        else if (string.IsNullOrWhiteSpace(m.FairCompetitionConclusion))
        {
            context.Report(at, $"{reason}，应当进行公平竞争审查，但审查材料中没有书面审查结论。", "完成公平竞争审查并形成书面审查结论后再提请审议。");
        }

        if (ProcedureFacts.IsGovernmentLevel(doc))
        {
            if (m.FairCompetitionJointReview == false)
            {
                context.Report(at, $"文件以{doc.Issuers.First(i => i.Contains("人民政府", StringComparison.Ordinal))}名义出台，公平竞争审查应由起草单位会同本级市场监督管理部门进行，但材料显示仅由起草单位自行审查。", "会同本级市场监督管理部门重新进行公平竞争审查。");
            }
            else if (m.FairCompetitionJointReview is null)
            {
                missing.Add("是否会同市场监督管理部门审查的情况");
            }
        }

        ProcedureFacts.ReportMissing(context, missing, "公平竞争审查情况", reason);
    }
}
