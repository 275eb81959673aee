using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>LR3012: compels or facilitates monopoly agreements: uniform prices, self-regulatory prices, market division, joint output cuts.</summary>
[ReviewRule("LR3012", RuleCategory.Competition, FindingSeverity.Error, "强制或者变相强制经营者实施垄断行为",
    Description = "规范性文件不得强制、组织或者引导经营者达成、实施垄断协议，例如统一定价、行业自律价、划分市场或者经营区域、联合限产等，也不得为经营者实施垄断行为提供便利条件。",
    Suggestion = "删除统一定价、划分经营区域、联合限产等内容；价格由经营者依法自主确定，行业协会不得组织经营者协调价格。",
    OffendingExample = "由行业协会组织全县砂石企业统一定价，划分经营区域。",
    CompliantExample = "行业协会不得组织本行业经营者从事垄断行为。")]
[LegalBasis("《公平竞争审查条例》第十一条第一项")]
[LegalBasis("《中华人民共和国反垄断法》第四十四条")]
internal sealed partial class LR3012CompelledMonopolyConduct : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        CompetitionFindings.ReportMatches(provision, context, Cartel(), (m, t) => !GovernmentPricing().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”组织或者要求经营者协调价格、划分市场或者限制产量，强制或者便利经营者实施垄断协议。");
    }

    [GeneratedRegex(@"统一定价|统一(?:销售|零售|出厂|服务)?价格|统一售价|统一报价|行业自律价(?:格)?|价格自律公约|自律价格|(?:划分|分割|分配)(?:经营|销售|市场|服务|业务)(?:区域|范围|地域|片区|市场)|分片经营|分区域经营|联合限产|限产保价|共同涨价|统一涨价")]
    private static partial Regex Cartel();

    /// <summary>Prices that the government itself sets under the pricing catalogue are LR3013's matter, not a cartel.</summary>
    [GeneratedRegex(@"政府定价|政府指导价|价格主管部门|发展改革部门|定价目录|行政事业性收费")]
    private static partial Regex GovernmentPricing();
}
