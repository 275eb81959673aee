using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>LR4011: the filing package must hold every required item.</summary>
[ReviewRule("LR4011", RuleCategory.Procedure, FindingSeverity.Warning, "备案材料不齐全",
    Description = "报送备案应当提交备案报告、正式文本（纸质文本及电子文本）、起草（制定）说明、制定依据、合法性审核意见、征求意见及采纳情况；涉及经营者经济活动的，还应当提交公平竞争审查结论。是否涉及经营者经济活动，依文中是否使用“企业”“经营者”“市场主体”“招标”“采购”“补贴”“奖励”“准入”“收费”等用语判断。审查材料未列明备案材料时，仅以提示说明缺少该事实；未提供任何审查材料时，本规则不作报告。",
    Suggestion = "补齐备案材料后报送。",
    OffendingExample = "备案材料：备案报告、正式文本。",
    CompliantExample = "备案材料：备案报告、正式文本、电子文本、起草说明、制定依据、合法性审核意见、征求意见及采纳情况、公平竞争审查结论。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《法规规章备案审查条例》第八条（规章备案材料，参照）", Verified = false)]
internal sealed class LR4011FilingPackage : DocumentRule
{
    // Each required item with the names drafting units give it in their package lists.
    private static readonly (string Item, string[] Names)[] Required =
    [
        ("备案报告", ["备案报告", "报备报告"]),
        ("正式文本", ["正式文本", "文件文本", "纸质文本", "文件正本"]),
        ("电子文本", ["电子文本", "电子版"]),
        ("起草（制定）说明", ["起草说明", "制定说明", "起草（制定）说明", "起草(制定)说明"]),
        ("制定依据", ["制定依据", "依据文件"]),
        ("合法性审核意见", ["合法性审核意见", "审核意见", "合法性审查意见"]),
        ("征求意见及采纳情况", ["征求意见", "意见采纳"]),
    ];

    private static readonly (string Item, string[] Names) FairCompetition = ("公平竞争审查结论", ["公平竞争审查"]);

    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata is not { } m)
        {
            return;
        }

        if (m.FilingPackage is not { } package)
        {
            ProcedureFacts.ReportMissing(context, ["备案材料清单"], "备案材料是否齐全");
            return;
        }

        var doc = context.Document;
        var required = MarketRelevance.IsMarketRelated(doc) ? [.. Required, FairCompetition] : Required;
        var absent = required.Where(r => !Supplied(package, r.Item, r.Names)).Select(r => r.Item).ToList();
        if (absent.Count == 0)
        {
            return;
        }

        var why = absent.Contains(FairCompetition.Item) ? $"（{MarketRelevance.Reason(doc)}，应附公平竞争审查结论）" : string.Empty;
        context.Report(ProcedureFacts.Anchor(doc), $"备案材料缺少{string.Join("、", absent)}{why}。", $"补充{string.Join("、", absent)}后报送备案。");
    }

    private static bool Supplied(IReadOnlyList<string> package, string item, string[] names) =>
        package.Any(entry => entry.Contains(item, StringComparison.Ordinal) || names.Any(n => entry.Contains(n, StringComparison.Ordinal)));
}
