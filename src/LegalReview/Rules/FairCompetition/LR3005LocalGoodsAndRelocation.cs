using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3005: keeps outside goods and factors out, favours local products, or stops local operators, goods and factors
/// from leaving (no-relocation pledges, claw-backs on moving away).
/// </summary>
[ReviewRule("LR3005", RuleCategory.Competition, FindingSeverity.Error, "限制外地商品、要素进入或者阻碍经营者迁出",
    Description = "规范性文件不得限制外地或者进口商品、要素进入本地市场，不得要求优先使用本地产品，也不得阻碍本地经营者迁出或者商品、要素输出，例如以不迁出承诺、迁出退还奖励等方式锁定经营者。",
    Suggestion = "删除优先本地产品、限制运出或者迁出的内容；对享受政策的企业，应以项目建设、履约情况等与竞争无关的条件约束，不得以注册地不迁出为条件。",
    OffendingExample = "企业须承诺10年内注册地不迁出本县，迁出的须退还全部奖励资金。",
    CompliantExample = "支持本地企业开拓外地市场。")]
[LegalBasis("《公平竞争审查条例》第九条第一项")]
[LegalBasis("《中华人民共和国反垄断法》第四十一条")]
internal sealed partial class LR3005LocalGoodsAndRelocation : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        List<(int Start, int End)>? taken = null;
        CompetitionFindings.ReportMatches(provision, context, PreferLocalGoods(), (m, t) => !CompetitionFindings.IsOpenCompetition(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”要求优先使用本地商品或者限定本地生产，排斥外地商品进入本地市场。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, BlockOutflow(), (m, t) => !Hazard().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”限制商品、要素运出本地，阻碍其自由流通。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, BlockInflow(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”限制外地商品、要素进入本地市场。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, NoRelocation(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以不迁出承诺或者退还奖励、清出名录等后果阻碍经营者迁出本地。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, LocalSourcing(), (m, t) => CompetitionFindings.IsAboutBenefit(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以提高本地采购、本地配套比例为奖励条件，变相排斥外地商品。", suggestion: null, taken: ref taken);
        CompetitionConcepts.RelocationLockIn.Report(provision, context, ref taken);
        CompetitionConcepts.RelocationClawBack.Report(provision, context, ref taken);
        CompetitionConcepts.LocalSourcing.Report(provision, context, ref taken);
    }

    [GeneratedRegex(@"优先(?:使用|采购|选用|购买|采用|推荐|供应|销售)[^，。；]{0,12}?" + CompetitionLexicon.Local + @"[^，。；]{0,6}?(?:产品|商品|企业生产|生产|品牌|材料|原料|农产品)|" + CompetitionLexicon.Local + @"(?:生产|出产|产)的[^，。；]{0,15}?(?:方可|才能|才可|优先)|(?:只能|必须|须|应当)(?:使用|采购|选用|购买)" + CompetitionLexicon.Local + @"[^，。；]{0,6}?(?:产品|商品|生产|品牌)")]
    private static partial Regex PreferLocalGoods();

    [GeneratedRegex(@"(?:不得|禁止|严禁|不准)(?:将)?[^，。；]{0,15}?(?:运出|调出|销往|流出|输出)(?:" + CompetitionLexicon.Local + @"|本[县市区镇省]|外地|县外|市外|省外)")]
    private static partial Regex BlockOutflow();

    /// <summary>Waste, hazardous and quarantined goods are kept in place by environmental and animal-health law, not to protect a market.</summary>
    [GeneratedRegex(@"废物|废弃|垃圾|污泥|渣土|危险|疫|病死|检疫|毒|放射")]
    private static partial Regex Hazard();

    [GeneratedRegex(@"(?:限制|禁止|不准|不得)" + CompetitionLexicon.Outside + @"(?:的)?(?:产品|商品|货物|农产品|原料|车辆|企业)[^，。；]{0,6}?(?:进入|运入|流入|销售|进场)")]
    private static partial Regex BlockInflow();

    [GeneratedRegex(@"(?:承诺|保证|签署|确保)[^，。；]{0,25}?(?:不迁出|不迁离|不外迁|不得迁出|不搬离)|(?:不迁出|不迁离|不外迁|不得迁出|不搬离)[^，。；]{0,15}?(?:作出|出具|签署|签订)?[^，。；]{0,6}?(?:承诺|保证)|(?:迁出|迁离|搬离|外迁|迁往外地)[^。；]{0,30}?(?:退还|退回|收回|扣回|追回|返还|取消|清出)|变更为[^，。；]{0,15}?以外[^。；]{0,20}?(?:清出|取消|移出|不再)")]
    private static partial Regex NoRelocation();

    [GeneratedRegex(CompetitionLexicon.Local + @"(?:配套率|配套比例|配套采购|采购率|采购比例|采购量|产品使用率)")]
    private static partial Regex LocalSourcing();
}
