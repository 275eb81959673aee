using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3013: interferes with market-regulated prices (caps, floors, bans on discounts) or gives particular operators
/// preferential prices.
/// </summary>
[ReviewRule("LR3013", RuleCategory.Competition, FindingSeverity.Warning, "违法干预实行市场调节价的商品和服务价格",
    Description = "规范性文件不得超越定价权限制定政府指导价、政府定价，不得为特定经营者给予价格优惠，不得违法干预实行市场调节价的商品和服务价格水平，例如规定最高或者最低售价、最低收费标准、禁止降价促销。",
    Suggestion = "核对该商品或者服务是否列入中央和地方定价目录；未列入的，删除限价、最低收费和禁止降价的内容，由经营者依法自主定价；对特定经营者的价格优惠一并删除。",
    OffendingExample = "驾校培训收费不得低于3000元，不得低价促销。",
    CompliantExample = "经营者应当明码标价，不得价格欺诈。")]
[LegalBasis("《公平竞争审查条例》第十一条第二项")]
[LegalBasis("《公平竞争审查条例》第十一条第三项")]
internal sealed partial class LR3013PriceIntervention : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var text = context.Normalized(provision);
        for (var m = PreferentialPrice().Match(text); m.Success; m = m.NextMatch())
        {
            if (CompetitionFindings.IsSetHere(context, provision, m.Index, m.Length))
            {
                context.Report(context.Document.SpanAt(provision.TextOffset + m.Index, m.Length),
                    $"“{CompetitionFindings.Quote(provision, m)}”对特定经营者给予价格优惠，属于差别待遇。", severity: FindingSeverity.Error);
            }
        }

        static bool Market(Match m, string t) => !Regulated().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence);
        CompetitionFindings.ReportMatches(provision, context, PriceLimit(), Market,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”限定商品或者服务的价格水平。除列入定价目录的政府定价、政府指导价外，属于干预市场调节价。");
        CompetitionFindings.ReportMatches(provision, context, NoDiscount(), Market,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”禁止经营者降价、让利，干预经营者自主定价。");
    }

    [GeneratedRegex(@"(?:售价|销售价格|零售价格?|价格|收费|收费标准|服务费|培训费)[^，。；]{0,6}?(?:不得高于|不得超过|不高于|最高不超过|上浮不得超过|下浮不得超过|不得低于|不低于|调整幅度不得超过)[^，。；]{0,10}?(?:元|%|％|倍)|(?:价格|收费|收费标准)[^。；]{0,15}?(?:调整|上浮|下浮)幅度(?:不得超过|不超过)[^，。；]{0,8}?(?:元|%|％)|最低(?:收费|销售价格|销售|服务价格|服务|价格)标准|最低(?:限价|售价|销售价格)")]
    private static partial Regex PriceLimit();

    [GeneratedRegex(@"不得(?:擅自)?(?:降价|打折|让利|低价促销|低价销售|低价竞争|压价)")]
    private static partial Regex NoDiscount();

    [GeneratedRegex(@"对[^，。；]{1,20}?(?:企业|公司)[^，。；]{0,10}?(?:执行|给予|实行|享受)[^，。；]{0,6}?(?:优惠|特殊|协议|专项)(?:水价|电价|气价|价格|地价|运价)")]
    private static partial Regex PreferentialPrice();

    /// <summary>Prices the government sets lawfully, and statutory price rules (dumping below cost, price fraud), are not interference.</summary>
    [GeneratedRegex(@"政府定价|政府指导价|定价目录|价格主管部门|发展改革部门|行政事业性收费|低于成本|倾销|价格欺诈|明码标价|最低工资|最低生活|最低收购价|投标限价|最高限价")]
    private static partial Regex Regulated();
}
