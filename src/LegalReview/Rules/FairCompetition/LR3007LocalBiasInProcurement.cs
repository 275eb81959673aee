using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>LR3007: keeps outside bidders and suppliers out of tendering and government procurement, or scores them down.</summary>
[ReviewRule("LR3007", RuleCategory.Competition, FindingSeverity.Error, "排斥、限制外地经营者参加招标投标和政府采购",
    Description = "规范性文件不得限定只有本地经营者参加招标投标、政府采购，不得对外地经营者设置本地注册、本地业绩、本地服务网点等歧视性资格要求或者评审标准，不得以加分、优先等方式偏向本地经营者。",
    Suggestion = "删除本地注册、本地业绩、本地网点和本地优先、加分等内容；确需现场服务的，可以要求中标后按约定提供服务，而不作为投标资格或者评分条件。",
    OffendingExample = "投标人须在本县设有服务网点，本地企业评审时加5分。",
    CompliantExample = "政府采购应当面向各类经营者公平竞争，不得设置本地注册等歧视性条件。")]
[LegalBasis("《公平竞争审查条例》第九条第三项")]
[LegalBasis("《中华人民共和国招标投标法》第六条")]
[LegalBasis("《中华人民共和国政府采购法》第五条")]
[LegalBasis("《中华人民共和国反垄断法》第四十二条")]
internal sealed partial class LR3007LocalBiasInProcurement : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var taken = new List<(int Start, int End)>();
        CompetitionFindings.ReportMatches(provision, context, LocalOnly(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”限定或者偏向本地经营者，排斥外地经营者参加招标投标、政府采购或者工程发包。", taken: taken);
        CompetitionFindings.ReportMatches(provision, context, LocationScore(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”按注册地、办公地所在区域给予不同分值，对外地经营者实行差别待遇。", taken: taken);
        CompetitionFindings.ReportMatches(provision, context, LocalPresence(), (m, t) => CompetitionFindings.IsAboutProcurement(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”要求投标人、供应商在本地设立机构或者网点，排斥外地经营者。", taken: taken);
        CompetitionFindings.ReportMatches(provision, context, LocalRegistration(), (m, t) => CompetitionFindings.IsAboutProcurement(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以在本地注册、纳税作为招标投标或者政府采购的条件，排斥外地经营者。", taken: taken);
        List<(int Start, int End)>? shared = taken;
        CompetitionConcepts.BidderPresence.Report(provision, context, ref shared);
        CompetitionConcepts.PlaceScore.Report(provision, context, ref shared);
        CompetitionConcepts.LocalAwardScore.Report(provision, context, ref shared);
        CompetitionConcepts.LocalAssociation.Report(provision, context, ref shared);
        CompetitionConcepts.PriorityInSelection.Report(provision, context, ref shared);
        CompetitionConcepts.BranchBeforeContract.Report(provision, context, ref shared);
    }

    [GeneratedRegex(@"(?:仅限|限于|只限|只允许|仅允许|仅|只)" + CompetitionLexicon.Local + @"[^，。；]{0,8}?(?:企业|供应商|单位|投标人|经营者|施工队伍)(?:参加|参与|投标|报名)?|" + CompetitionLexicon.Local + @"(?:企业|供应商|投标人|单位|施工企业|产品)(?:优先|加分|予以加分|适当加分)|" + CompetitionLexicon.Local + @"业绩(?:加分|优先)|(?:原则上|优先|应当|须|只能|一律)(?:选择|选取|选用|选定|委托|聘请|确定)[^，。；]{0,15}?(?:" + CompetitionLexicon.Local + @"|[^，。；]{1,8}?[县市区镇](?:辖区内|境内))(?:的)?[^，。；]{0,12}?(?:企业|单位|供应商|机构|经营者)|(?:发包|分包|交由|委托)给?" + CompetitionLexicon.Local + @"(?:的)?(?:施工企业|建筑企业|企业|单位|施工队伍)")]
    private static partial Regex LocalOnly();

    [GeneratedRegex(@"(?:注册地|住所|办公地|办事处|营业场所)[^，。；]{0,20}?(?:在|位于)[^，。；]{1,15}?(?:内|境内|辖区)[^，。；]{0,3}?(?:的)?" + CompetitionLexicon.Points)]
    private static partial Regex LocationScore();

    [GeneratedRegex(@"(?:须|需|必须|应当|应|要求)(?:在|于)(?:" + CompetitionLexicon.Local + @"|本[县市区镇乡省]|项目所在地|[^，。；、]{1,8}?[县市区镇乡省](?:境内|辖区内|范围内)?)(?:内)?[^，。；]{0,4}?(?:设有|设立|成立|设置|拥有|有)[^，。；]{0,10}(?:服务网点|网点|办事处|分支机构|分公司|服务机构|常驻机构|固定的?办公场所|办公场所|售后服务机构)")]
    private static partial Regex LocalPresence();

    [GeneratedRegex(CompetitionLexicon.LocalRegistration)]
    private static partial Regex LocalRegistration();
}
