using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3010: selective or differentiated fiscal rewards and subsidies: one-firm-one-policy deals, rewards in proportion to
/// the firm's contribution to local revenue, rankings by tax paid, subsidies to a named company.
/// </summary>
[ReviewRule("LR3010", RuleCategory.Competition, FindingSeverity.Warning, "给予特定经营者选择性、差异化的财政奖励或者补贴",
    Description = "没有法律、行政法规依据或者未经国务院批准，规范性文件不得给予特定经营者选择性、差异化的财政奖励或者补贴，例如“一企一策”“一事一议”、按企业地方财政贡献比例奖励、按纳税排名奖励或者直接对某一企业给予补助。",
    Suggestion = "改为面向符合公开、统一条件的各类经营者的普惠性政策，明确条件、标准和程序；不得以企业对地方财政的贡献作为奖补计算依据。",
    OffendingExample = "对入驻企业按其地方财政贡献的50%给予奖励。",
    CompliantExample = "对符合条件的各类市场主体一视同仁给予补贴。")]
[LegalBasis("《公平竞争审查条例》第十条第二项")]
internal sealed partial class LR3010SelectiveSubsidies : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        if (CompetitionFindings.IsStateCouncilPolicy(context))
        {
            return;
        }

        List<(int Start, int End)>? taken = null;
        var text = context.Normalized(provision);
        for (var m = NamedCompany().Match(text); m.Success; m = m.NextMatch())
        {
            if (CompetitionFindings.IsSetHere(context, provision, m.Index, m.Length))
            {
                context.Report(context.Document.SpanAt(provision.TextOffset + m.Index, m.Length),
                    $"“{CompetitionFindings.Quote(provision, m)}”对特定名称的经营者给予财政奖励或者补助，属于选择性补贴。",
                    severity: FindingSeverity.Error);
            }
        }

        CompetitionFindings.ReportMatches(provision, context, CaseByCase(), (m, t) => !RuralSelfFunding().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence) && CompetitionFindings.IsAboutBenefit(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”对个别经营者逐一确定支持政策，属于选择性、差异化的财政支持。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, ByContribution(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”按企业对地方财政、经济的贡献确定奖补，属于差异化的财政奖励，实质上与税收挂钩。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, Ranking(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”按纳税额、产值等排名对少数经营者给予奖励，属于选择性财政奖励。", suggestion: null, taken: ref taken);
        CompetitionConcepts.PriorityInFunds.Report(provision, context, ref taken);
        CompetitionConcepts.ListMemberBenefit.Report(provision, context, ref taken);
        CompetitionConcepts.NamedBeneficiary.Report(provision, context, ref taken);
    }

    [GeneratedRegex(@"(?:对|给予|扶持|向)[^，。；]{0,6}?[\p{IsCJKUnifiedIdeographs}]{2,20}?(?:有限公司|有限责任公司|股份有限公司|集团公司|（[^（）]{0,12}公司）)[^，。；]{0,15}?(?:给予|予以|拨付|安排)?[^，。；]{0,10}?(?:奖励|补助|补贴|奖补|扶持资金|资金支持|发展资金)")]
    private static partial Regex NamedCompany();

    [GeneratedRegex(@"一企一策|一企一议|一事一议|一项一议|一项一策|一企一档|量身定制")]
    private static partial Regex CaseByCase();

    /// <summary>"一事一议筹资筹劳" is the lawful villagers' self-funding procedure, not a subsidy to a firm.</summary>
    [GeneratedRegex(@"筹资筹劳|村民|村级公益")]
    private static partial Regex RuralSelfFunding();

    [GeneratedRegex(@"(?:按|按照|以|根据)[^，。；]{0,20}?(?:地方财政贡献|地方经济(?:发展)?贡献|财政贡献|地方贡献|[县市区镇]级贡献|经济贡献|税收贡献|地方综合贡献|综合贡献)[^，。；]{0,30}?(?:奖励|补助|奖补|扶持|补贴|返还|支持)|(?:地方财政贡献|地方经济(?:发展)?贡献|财政贡献|[县市区镇]级贡献|地方贡献)(?:增量|部分|增量部分)?[^，。；]{0,20}?(?:奖励|奖补|补助|扶持|补贴|返还)")]
    private static partial Regex ByContribution();

    [GeneratedRegex(@"(?:纳税额|纳税总额|税收|销售额|产值|营业收入|主营业务收入)(?:排名|排序)?(?:前|居前)[\d一二三四五六七八九十]+(?:名|位|强)[^，。；]{0,15}?(?:奖励|补助|奖补|表彰)")]
    private static partial Regex Ranking();
}
