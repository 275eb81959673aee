using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3003: limits whom operators or the public may deal with (限定交易): designated companies, recommended lists,
/// fixed-point suppliers, unified purchasing through one operator, a compulsory platform or product.
/// </summary>
[ReviewRule("LR3003", RuleCategory.Competition, FindingSeverity.Error, "限定经营、购买或使用特定经营者的商品和服务",
    Description = "规范性文件不得以明确要求、暗示、推荐名录、定点、统一采购配送、合作协议或备忘录等方式，限定或者变相限定经营、购买、使用特定经营者提供的商品和服务。",
    Suggestion = "删除指定、推荐或定点的内容，由经营者和群众自主选择；需要政府购买的，依法通过政府采购等公平竞争方式确定供应商。",
    OffendingExample = "全县中小学校服统一由县教育服务公司组织供货。",
    CompliantExample = "学校依法通过公开招标选择校服供应商，学生自愿购买。")]
[LegalBasis("《公平竞争审查条例》第八条第三项")]
[LegalBasis("《中华人民共和国反垄断法》第三十九条")]
[LegalBasis("《中华人民共和国反垄断法》第四十条")]
internal sealed partial class LR3003DesignatedSuppliers : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        static bool Closed(Match m, string t) => !CompetitionFindings.IsOpenCompetition(t, m.Index) && !PublicDuty().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence);
        var taken = new List<(int Start, int End)>();
        CompetitionFindings.ReportMatches(provision, context, NamedProduct(), Closed,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”要求使用特定经营者提供的商品或服务，属于限定交易。", taken: taken);
        CompetitionFindings.ReportMatches(provision, context, Designated(), Closed,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”指定了特定经营者，限定他人只能与其交易，排除了其他经营者的公平竞争。", taken: taken);

        // Free choice inside a closed list is still a closed list: only an explicit opening beyond the list clears it.
        CompetitionFindings.ReportMatches(provision, context, RecommendedList(), (m, t) => !BeyondList().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以推荐名录、名录库等方式限定可供选择的经营者，属于变相限定交易。", taken: taken);
        CompetitionFindings.ReportMatches(provision, context, FixedPoint(), (m, t) => Closed(m, t) && !LawfulFixedPoint().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以定点方式限定交易对象，其他经营者无法参与。", taken: taken);
        CompetitionFindings.ReportMatches(provision, context, Unified(), (m, t) => Closed(m, t) && NamesOperator().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence) && !ByOneCompany().IsMatch(CompetitionFindings.SentenceAt(t, m.Index).Sentence),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”要求通过特定经营者统一办理，限定了交易对象。", taken: taken);
        CompetitionFindings.ReportMatches(provision, context, BypassProcurement(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”直接确定经营者而不经政府采购等竞争程序，排除了其他经营者。", taken: taken);
        List<(int Start, int End)>? shared = taken;
        CompetitionConcepts.BrandDesignation.Report(provision, context, ref shared);
        CompetitionConcepts.PickFromFew.Report(provision, context, ref shared);
        CompetitionConcepts.NamedOperatorDuty.Report(provision, context, ref shared);
        CompetitionConcepts.PurchaseShareToSignatory.Report(provision, context, ref shared);
        CompetitionConcepts.NamedProductDuty.Report(provision, context, ref shared);
    }

    [GeneratedRegex(@"(?:指定|选定|遴选确定)(?:由)?[^，。；]{0,25}?(?:公司|企业|厂家|厂商|供应商|经营者|服务商|运营商|银行|保险公司|平台|医院|医疗机构|协会|检测机构|鉴定机构|培训机构|中介机构|评估机构|商家|品牌)(?:作为|作|为|担任|承担|负责|提供|供应|供货|承办|配送|独家|参加)|(?:所有|全部|一律|均|全县|全市|全区|全镇)[^。；]{0,30}?由[^，。；、]{2,25}?(?:公司|集团|设计院|研究院|中心|厂)(?:或[^，。；、]{2,25}?(?:公司|集团|设计院|研究院|中心|厂))?(?:独家|统一)?(?:组织)?(?:承担|承办|提供|实施|供应|供货|经营)|(?:由|到|在|从|向)(?:其|政府|主管部门)?指定的(?!期限|时间|期间|日期|地点|场所|区域|位置|路线|窗口)[^，。；]{0,20}?(?:公司|企业|厂家|厂商|供应商|经营者|服务商|运营商|银行|保险公司|平台|医院|医疗机构|协会|检测机构|鉴定机构|培训机构|中介机构|评估机构|商家|网点|品牌)")]
    private static partial Regex Designated();

    [GeneratedRegex(@"(?:从|在)[^，。；]{0,20}?(?:推荐名录|推荐目录|推荐名单|名录库|备选库|入围名单|供应商库|中介库|服务商库)(?:中|内)?[^，。；]{0,6}?(?:选择|选定|选取|委托|确定|采购|购买)|(?:录入|纳入|列入|建立|公布|发布)[^，。；]{0,20}?(?:机构|企业|单位|供应商|服务商|公司|商家)(?:推荐名录|推荐目录|推荐名单)|非(?:公布|推荐)?名单(?:中|内)?(?:的)?(?:机构|企业|单位)[^，。；]{0,20}?(?:不予|不接受|恕不接受|无效)")]
    private static partial Regex RecommendedList();

    [GeneratedRegex(@"定点(?:供应|采购|供货|配送|体检|服务|维修|印刷|加油|接待)(?:医院|医疗机构|机构|单位|企业|商)?|(?:体检|采购|供应|配送|维修|印刷|加油|接待)定点(?:医院|医疗机构|机构|单位|企业|供应商|商)")]
    private static partial Regex FixedPoint();

    /// <summary>Fixed points that national law itself sets up (designated slaughter, medical-insurance institutions).</summary>
    [GeneratedRegex(@"屠宰|医保|医疗保障|医疗保险|定点医药机构")]
    private static partial Regex LawfulFixedPoint();

    [GeneratedRegex(@"(?:统一|集中)(?:采购|配送|安装|供货|供应|购买|办理|定制|订购|发放)")]
    private static partial Regex Unified();

    [GeneratedRegex(@"公司|厂家|厂商|品牌|供应商|银行|某")]
    private static partial Regex NamesOperator();

    /// <summary>"由XX公司统一经营" is LR3002's exclusive right; LR3003 stays silent to avoid a double report.</summary>
    [GeneratedRegex(@"由[^，。；]{1,25}?(?:公司|集团|中心)(?:统一|独家|专门)(?:经营|运营|发行|供货|供应|代理|组织供货|配送|承办)")]
    private static partial Regex ByOneCompany();

    [GeneratedRegex(@"(?:须|必须|应当|应|只能|一律|统一)(?:使用|通过|购买|选用|采用|安装|接入|纳入|办理|参加)[^，。；]{0,25}?(?:有限公司|有限责任公司|公司|厂家|品牌|银行)(?:提供|生产|开发|销售|代理|承保|举办|运营)的|(?:将|把)[^，。；]{0,25}?(?:纳入|接入|交由|委托给?)[^，。；]{0,25}?(?:有限公司|有限责任公司|公司)(?:提供|运营|开发|建设)的")]
    private static partial Regex NamedProduct();

    [GeneratedRegex(@"不再(?:履行|执行|进行|开展|经过)[^，。；]{0,6}?(?:政府采购|招标投标|招投标|招标|竞争性)(?:程序|流程|方式)?")]
    private static partial Regex BypassProcurement();

    /// <summary>
    /// Designations that serve a public duty rather than a market: paying fines into the designated bank (罚缴分离),
    /// epidemic treatment, emergencies, conscription.
    /// </summary>
    [GeneratedRegex(@"罚款|罚没|缴款|缴纳|传染病|救治|疫情|突发|应急|征兵|军队")]
    private static partial Regex PublicDuty();

    [GeneratedRegex(@"不限于|名录(?:库)?以外|库外|也可以?(?:自行)?选择其他")]
    private static partial Regex BeyondList();
}
