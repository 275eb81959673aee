using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3008: treats outside operators, goods or vehicles differently in fees, prices, subsidies, qualification,
/// testing or enforcement.
/// </summary>
[ReviewRule("LR3008", RuleCategory.Competition, FindingSeverity.Error, "对外地经营者实行歧视性收费、价格、补贴或者资质、监管要求",
    Description = "规范性文件不得对外地商品、服务和经营者设定歧视性的收费项目、收费标准、价格或者补贴，不得对外地经营者另行设定资质要求、检验检测、认证备案或者实行歧视性的监管措施。",
    Suggestion = "删除针对外地经营者、外地商品或者外地车辆的差别收费、补贴和另行检测、备案要求，对本地和外地经营者适用同一标准。",
    OffendingExample = "外地车辆进入本县施工的，加收道路使用费。",
    CompliantExample = "对进入施工现场的各类车辆按同一标准管理。")]
[LegalBasis("《公平竞争审查条例》第九条第四项")]
[LegalBasis("《公平竞争审查条例》第九条第五项")]
[LegalBasis("《中华人民共和国反垄断法》第四十一条")]
internal sealed partial class LR3008DiscriminationAgainstOutsiders : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        List<(int Start, int End)>? taken = null;
        CompetitionFindings.ReportMatches(provision, context, Discrimination(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”对外地经营者、商品或者车辆另设收费、补贴、资质或者监管要求，实行歧视性待遇。", suggestion: null, taken: ref taken);
        CompetitionConcepts.OriginDifferential.Report(provision, context, ref taken);
        CompetitionConcepts.OutsiderExtraDuty.Report(provision, context, ref taken);
    }

    [GeneratedRegex(@"(?:对)?" + CompetitionLexicon.Outside + @"(?:的)?(?:注册)?(?:的)?(?:企业|车辆|产品|商品|经营者|供应商|机构|单位|货物|服务公司|公司|社会中介|中介机构|施工队伍)[^。；]{0,24}?(?:加收|另行|重新|额外|加倍|提高|多收|单独|不予|不享受|不进行|不给予|必须提供|须提供|需提供|必须办理|须办理|应当提供|应当办理|必须取得|须取得)[^，。；]{0,12}?(?:费|价|收费|标准|检测|检验|认证|备案|登记|证明|许可|资质|奖励|补助|补贴|扶持|审查|核查|手续)")]
    private static partial Regex Discrimination();
}
