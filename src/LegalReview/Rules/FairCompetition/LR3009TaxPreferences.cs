using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>LR3009: tax preferences, tax rebates or rewards computed from the locally retained share of tax.</summary>
[ReviewRule("LR3009", RuleCategory.Competition, FindingSeverity.Error, "违法给予特定经营者税收优惠或者税收返还",
    Description = "税收优惠由法律和国务院规定，地方不得自行减免税收。规范性文件不得给予特定经营者税收优惠，不得以税收返还、先征后返、按地方留成部分奖励等方式变相减免税收。",
    Suggestion = "删除税收返还、先征后返、按税收地方留成部分奖励等内容；企业享受的税收优惠以法律、行政法规和国家税收政策为准。",
    OffendingExample = "对企业缴纳的增值税地方留成部分，前三年全额奖励给企业。",
    CompliantExample = "企业依法享受国家规定的税收优惠政策。")]
[LegalBasis("《公平竞争审查条例》第十条第一项")]
[LegalBasis("《中华人民共和国税收征收管理法》第三条")]
internal sealed partial class LR3009TaxPreferences : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        if (CompetitionFindings.IsStateCouncilPolicy(context))
        {
            return;
        }

        CompetitionFindings.ReportMatches(provision, context, Rebate(), (m, t) => !NationalPolicy().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence) && !BudgetTransfer().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以税收返还或者按税收地方留成奖励的方式变相减免税收，地方无权给予此类税收优惠。");
        CompetitionFindings.ReportMatches(provision, context, Relief(), (m, t) => !NationalPolicy().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”自行减免税收，超越了规范性文件的权限。");
    }

    [GeneratedRegex(@"税收返还|税收奖励|税费返还|先征后返|先征后奖|即征即奖|以奖代返|(?:地方留成|地方留存|地方分成|地方财政留成|地方所得|[县市区镇]级留成|[县市区镇]级(?:财政)?(?:留存|分成|所得))(?:部分)?[^。；]{0,20}?(?:奖励|返还|补助|奖补|扶持|补贴|纳入[^，。；]{0,10}?基金)")]
    private static partial Regex Rebate();

    [GeneratedRegex(@"(?:减半|免于|免|减)征(?:收)?[^，。；]{0,6}?(?:企业所得税|增值税|房产税|城镇土地使用税|土地增值税|契税|印花税|地方税|所得税)|(?:免征|减征|减半征收)(?:地方)?税")]
    private static partial Regex Relief();

    /// <summary>"税收返还" is also the budget term for transfers from a higher government to a lower one.</summary>
    [GeneratedRegex(@"转移支付|上级|中央对地方|预算|财政体制|结算")]
    private static partial Regex BudgetTransfer();

    /// <summary>A restatement of national tax policy ("按照国家规定……即征即退") is not the document's own relief.</summary>
    [GeneratedRegex(@"国家|国务院|财政部|税务总局|法律|行政法规|依法|按规定|按照规定|有关规定|政策规定")]
    private static partial Regex NationalPolicy();
}
