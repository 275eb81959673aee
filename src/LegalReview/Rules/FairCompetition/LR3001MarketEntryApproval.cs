using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3001: an approval, entry list or quota that an operator must pass before it may enter the local market, where the
/// sector is not on the national market-access negative list.
/// </summary>
[ReviewRule("LR3001", RuleCategory.Competition, FindingSeverity.Error, "违法设置市场准入审批或准入限制",
    Description = "市场准入负面清单以外的行业、领域、业务，各类经营者均可依法平等进入。规范性文件不得为经营者进入本地市场设置审批、同意、入库等前置程序，也不得限定准入经营者的数量。",
    Suggestion = "删除准入审批、同意或入库要求；确有法律、行政法规依据的，写明具体条款，并改为对各类经营者统一适用的条件。",
    OffendingExample = "外地企业须经县商务局同意方可进入本县市场。",
    CompliantExample = "市场准入负面清单以外的行业、领域，各类经营者均可依法平等进入。")]
[LegalBasis("《公平竞争审查条例》第八条第一项")]
[LegalBasis("《优化营商环境条例》第二十条")]
internal sealed partial class LR3001MarketEntryApproval : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        List<(int Start, int End)>? taken = null;
        CompetitionFindings.ReportMatches(provision, context, Approval(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”为经营者进入本地市场设置了审批或同意程序。市场准入负面清单以外的领域，经营者依法平等进入，规范性文件不得另设准入审批。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, ListGate(), (m, t) => !CompetitionFindings.IsOpenCompetition(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以进入名录库、备选库为开展业务的前提，实质上设置了市场准入门槛。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, Quota(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”限定了准入经营者的数量，排除了其他经营者进入市场。", suggestion: null, taken: ref taken);
        CompetitionConcepts.EntryQuota.Report(provision, context, ref taken);
    }

    [GeneratedRegex(@"(?:须|需|必须|应当|应)?(?:先)?(?:经|报经|取得)[^，。；]{0,20}?(?:同意|批准|审批|核准|准入许可|准入)(?:后)?(?:方可|才能|才可|始得)(?:进入|入驻|进驻|在" + CompetitionLexicon.Local + @"|在本[县市区镇][^，。；]{0,6})[^，。；]{0,10}?(?:市场|经营|从事|营业|开展业务|销售)|(?:实行|实施)[^，。；]{0,12}?(?:市场准入|准入)(?:审批|许可|核准|备案|管理)|(?:进入|入驻|进驻)" + CompetitionLexicon.Local + @"(?:市场|范围|区域)?[^，。；]{0,6}?(?:须|需|必须|应当|应)(?:经|报经|取得)[^，。；]{0,15}?(?:同意|批准|审批|核准)")]
    private static partial Regex Approval();

    [GeneratedRegex(@"(?:入围|纳入|进入|列入|录入)[^，。；]{0,20}?(?:名录库|名录|备选库|供应商库|中介库|承包商库|入围名单|服务商库)[^。；]{0,15}?(?:方可|才能|才可)(?:开展|从事|承接|参与|承担|进入)|未(?:入围|纳入|进入|列入|录入)[^，。；]{0,20}?(?:名录库|名录|备选库|供应商库|中介库|承包商库)[^，。；]{0,6}?的?[^，。；]{0,6}?不得(?:开展|从事|承接|参与|承担)")]
    private static partial Regex ListGate();

    [GeneratedRegex(@"(?:只|仅)?(?:准入|允许|批准)[一二两三四五六七八九十\d]+家[^，。；]{0,15}?(?:企业|公司|经营者|运营商)")]
    private static partial Regex Quota();
}
