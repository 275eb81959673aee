using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3006: forces outside operators to invest or set up branches locally, or ties a benefit to local registration,
/// local tax residence or local statistics.
/// </summary>
[ReviewRule("LR3006", RuleCategory.Competition, FindingSeverity.Error, "强制或者变相强制外地经营者在本地投资、设立分支机构",
    Description = "规范性文件不得排斥、限制、强制或者变相强制外地经营者在本地投资经营或者设立分支机构，不得将在本地注册、设立法人机构、纳税或者纳入本地统计作为享受政策、参与经营的条件。",
    Suggestion = "删除在本地注册、设立子公司或分公司、在本地纳税等要求；政策扶持应面向在本地实际开展经营活动的各类经营者，不以注册地、纳税地为条件。",
    OffendingExample = "在本县注册并纳税的企业方可申报奖励资金。",
    CompliantExample = "对在本县实际投资建设的项目，不论投资主体注册地，按同一标准给予支持。")]
[LegalBasis("《公平竞争审查条例》第九条第二项")]
[LegalBasis("《中华人民共和国反垄断法》第四十三条")]
internal sealed partial class LR3006ForcedLocalEstablishment : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        List<(int Start, int End)>? taken = null;
        CompetitionFindings.ReportMatches(provision, context, LocalRegistration(),
            (m, t) => CompetitionFindings.IsAboutBenefit(t, m.Index) && !CompetitionFindings.IsAboutProcurement(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”将在本地注册、纳税作为享受政策的条件，变相强制外地经营者在本地设立机构。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, ForcedBranch(), (m, t) => !CompetitionFindings.IsAboutProcurement(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”要求经营者在本地设立子公司、分公司或者其他机构，强制外地经营者在本地投资经营。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, LocalStatistics(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以纳入本地统计或者征管、统计关系在本地为条件，变相要求经营者在本地设立机构。", suggestion: null, taken: ref taken);
        CompetitionFindings.ReportMatches(provision, context, RelocationReward(), (m, t) => CompetitionFindings.IsAboutBenefit(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以注册地、总部或者纳税地迁入本地为奖励条件，变相强制经营者在本地设立机构。", suggestion: null, taken: ref taken);
        CompetitionConcepts.LocalSubsidiary.Report(provision, context, ref taken);
    }

    [GeneratedRegex(CompetitionLexicon.LocalRegistration)]
    private static partial Regex LocalRegistration();

    [GeneratedRegex(@"(?:须|需|必须|应当|应|要求|并)(?:在|于)(?:" + CompetitionLexicon.Local + @"|本[县市区镇乡省]|项目所在地|[^，。；、]{1,8}?[县市区镇乡省](?:境内|辖区内|范围内)?)(?:内)?[^，。；]{0,4}?(?:设立|成立|注册|设置|组建)[^，。；]{0,12}(?:子公司|分公司|分支机构|独立法人|法人机构|法人企业|项目公司|平台公司|公司|办事处|服务机构|服务网点)|(?:在|于)" + CompetitionLexicon.Local + @"(?:设立|成立|注册)[^，。；]{0,10}?(?:子公司|分公司|分支机构|法人机构|独立法人)[^，。；]{0,6}?(?:方可|才能|才可|的方可)")]
    private static partial Regex ForcedBranch();

    [GeneratedRegex(@"纳入" + CompetitionLexicon.Local + @"统计|(?:税务征管关系|征管关系|统计关系|纳税关系)[^，。；]{0,6}?在(?:本|我)[县市区镇省]")]
    private static partial Regex LocalStatistics();

    [GeneratedRegex(@"(?:注册地|总部|生产基地|纳税地|税务登记)[^，。；]{0,8}?(?:迁入|迁至|搬迁至|迁往|转移至|落户)(?:" + CompetitionLexicon.Local + @"|(?:本|我|某)[县市区镇省])?|(?:整体)?(?:迁入|落户)(?:本|我)[县市区镇省]")]
    private static partial Regex RelocationReward();
}
