using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>LR3002: grants exclusive or franchise rights, or makes one operator the only one allowed to serve a market.</summary>
[ReviewRule("LR3002", RuleCategory.Competition, FindingSeverity.Error, "违法授予特许经营权或独家经营权",
    Description = "没有法律、行政法规依据，规范性文件不得授予经营者特许经营权，不得以协议、指定等方式赋予特定经营者独家经营、排他经营地位，或者规定仅由特定经营者统一经营某项业务。",
    Suggestion = "删除授予独家或排他经营权的内容；确需实施特许经营的，依照《基础设施和公用事业特许经营管理办法》等规定通过招标等竞争方式择优选择特许经营者，并在文件中写明依据。",
    OffendingExample = "授予县自来水公司全县范围内供水设施安装独家经营权。",
    CompliantExample = "特许经营者依法通过招标等竞争方式选择。")]
[LegalBasis("《公平竞争审查条例》第八条第二项")]
internal sealed partial class LR3002ExclusiveRights : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        List<(int Start, int End)>? taken = null;
        CompetitionFindings.ReportMatches(provision, context, Exclusive(), (m, t) => !StatutoryMonopoly().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”赋予特定经营者独家、排他或统一经营的地位，排除了其他经营者参与竞争，且未见法律、行政法规依据。", suggestion: null, taken: ref taken);
        CompetitionConcepts.NoOtherEntrants.Report(provision, context, ref taken);
    }

    [GeneratedRegex(@"(?:授予|给予|赋予)[^，。；]{0,25}?(?:独家|排他|专营|垄断)(?:性)?(?:经营|运营|代理|供应|服务)?(?:权|权利|地位)?|独家(?:经营|运营|代理|供应|服务|承办)(?:权)?|签订[^，。；]{0,10}?排他(?:性)?(?:协议|条款)|(?:不再|不得再|不另行)(?:引进|准入|批准|允许)其他[^，。；]{0,20}?(?:企业|公司|经营者|运营商|服务系统|品牌)|禁止[^，。；]{0,15}?以外的(?:其他)?(?:单位|企业|经营者)(?:和|或)?(?:个人)?从事|由[^，。；]{1,25}?(?:公司|集团|中心)(?:统一|独家|专门)(?:经营|运营|发行|供货|供应|代理|组织供货|配送|承办)")]
    private static partial Regex Exclusive();

    /// <summary>Monopolies that a national law itself establishes (tobacco, salt, state reserves) are not the document's doing.</summary>
    [GeneratedRegex(@"烟草|食盐|盐业|专卖|邮政专营|储备")]
    private static partial Regex StatutoryMonopoly();
}
