using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3011: preferences for particular operators in land and other factors, in administrative fees, government funds
/// or social-insurance contributions.
/// </summary>
[ReviewRule("LR3011", RuleCategory.Competition, FindingSeverity.Warning, "在要素获取、行政事业性收费、政府性基金、社会保险费等方面给予特定经营者优惠",
    Description = "没有法律、行政法规依据或者未经国务院批准，规范性文件不得在土地等要素获取、行政事业性收费、政府性基金、社会保险费缴纳等方面给予特定经营者优惠，例如返还土地出让金、自行减免行政事业性收费、返还社会保险费；也不得在法律、行政法规规定之外要求经营者提供或者扣留保证金（《优化营商环境条例》第二十五条：涉企保证金应当有法律、行政法规依据或者经国务院批准）。",
    Suggestion = "删除返还土地出让金、自行减免收费和社会保险费的内容；收费、基金和社保费的减免以法律、行政法规和国务院规定为准，并在文件中写明依据。",
    OffendingExample = "项目竣工投产后，按土地出让金的50%返还企业。",
    CompliantExample = "建设用地依法通过招标、拍卖、挂牌方式出让。")]
[LegalBasis("《公平竞争审查条例》第十条第三项")]
[LegalBasis("《优化营商环境条例》第二十五条")]
internal sealed partial class LR3011FactorAndFeePreferences : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        if (CompetitionFindings.IsStateCouncilPolicy(context))
        {
            return;
        }

        List<(int Start, int End)>? taken = null;
        static bool NoBasis(Match m, string t) => !StatedBasis().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence);
        CompetitionFindings.ReportMatches(provision, context, LandPremium(), NoBasis,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”返还或者变相减免土地出让收入，在要素获取方面给予特定经营者优惠。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, FeeRelief(), (m, t) => NoBasis(m, t) && !EmploymentAid().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”自行减免、返还行政事业性收费或者政府性基金，没有法律、行政法规依据。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, SocialInsurance(), (m, t) => NoBasis(m, t) && !EmploymentAid().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence) && !Denied().IsMatch(m.Value),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”对特定经营者返还或者补贴社会保险费，给予差别待遇。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, FactorPriority(), NoBasis,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”在用地、能耗等要素配置上优先保障特定经营者，可能构成要素获取方面的优惠，请核实是否面向各类经营者公平适用。", suggestion: null, taken: ref taken);
        CompetitionConcepts.DepositDemand.Report(provision, context, ref taken);
    }

    [GeneratedRegex(@"(?:返还|奖励|补助|补贴|奖补)[^，。；]{0,10}?土地出让(?:金|收入|价款)|土地出让(?:金|收入|价款)[^，。；]{0,15}?(?:返还|奖励|补助|补贴|奖补|减免|先缴后返)")]
    private static partial Regex LandPremium();

    [GeneratedRegex(@"(?:免收|减免|减半收取|减收|缓收|缓缴|返还|全免)[^，。；]{0,20}?(?:行政事业性收费|政府性基金|城市基础设施配套费|基础设施配套费|配套费|规费)")]
    private static partial Regex FeeRelief();

    [GeneratedRegex(@"(?:社保费|社会保险费|养老保险费|医疗保险费|失业保险费)[^，。；]{0,6}?(?:返还|减免|奖励|补贴|补助)|(?:返还|减免|奖励|补贴|补助)[^，。；]{0,6}?(?:社保费|社会保险费)")]
    private static partial Regex SocialInsurance();

    [GeneratedRegex(@"优先(?:保障|安排|供应|供给|配置)[^，。；]{0,8}?(?:用地指标|建设用地|用地|能耗指标|用能指标|排污权|水电气|要素)")]
    private static partial Regex FactorPriority();

    /// <summary>A stated upper-level basis makes the relief a restatement rather than the document's own preference.</summary>
    [GeneratedRegex(@"国家规定|国务院|法律|行政法规|依法|按规定|按照规定|有关规定|政策规定|财政部")]
    private static partial Regex StatedBasis();

    /// <summary>Relief for the hard-to-employ, veterans, the disabled and people in hardship is national social policy, not a preference among operators.</summary>
    [GeneratedRegex(@"就业困难|吸纳|高校毕业生|灵活就业|失业人员|脱贫|退役|军人|烈士|优抚|残疾|低保|特困|困难群众|就业见习|公益性岗位")]
    private static partial Regex EmploymentAid();

    [GeneratedRegex(@"不得|不予|禁止|严禁")]
    private static partial Regex Denied();
}
