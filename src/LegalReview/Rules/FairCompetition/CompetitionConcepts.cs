using System.Text.RegularExpressions;
using static LegalReview.Rules.FairCompetition.CompetitionLexicon;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// The fair-competition concepts, composed from the word groups of <see cref="CompetitionLexicon"/>: who is favoured
/// × the mechanism × the object, as 《公平竞争审查条例》第八条至第十一条 forbids them. Each rule reports the concepts that
/// fall under its item of the regulation.
/// </summary>
internal static partial class CompetitionConcepts
{
    private const string Duty = @"(?:须|需|必须|应当|应|要求|只能|一律|统一)";

    /// <summary>Favoured: the firm holding a benefit; mechanism: a term during which it may not move away (第九条第一项).</summary>
    public static readonly CompetitionConcept RelocationLockIn = new("relocation lock-in", ["迁", "不变", "变更", "转移", "撤离", "搬离"],
        RelocationLockInAnchor(), "要求经营者在一定期限内不得迁出或者变更注册地、纳税关系，阻碍经营者迁出本地。");

    /// <summary>Favoured: the firm holding a benefit; mechanism: the benefit is taken back if it moves away (第九条第一项).</summary>
    public static readonly CompetitionConcept RelocationClawBack = new("relocation claw-back", ["迁", "变更", "转移", "撤离", "搬离"],
        RelocationClawBackAnchor(), "以退还奖励、清出名录等后果阻碍经营者迁出本地。", inProvision: BenefitOrList());

    /// <summary>Favoured: local sellers; mechanism: buyers must source locally (第九条第一项).</summary>
    public static readonly CompetitionConcept LocalSourcing = new("local sourcing", ["采购", "购买", "购进", "进货", "选购"],
        LocalSourcingAnchor(), "限定从本地经营者采购，排斥外地商品进入本地市场。");

    /// <summary>Favoured: the signatory of an agreement; mechanism: a share of public buyers' purchases handed to it (第八条第三项).</summary>
    public static readonly CompetitionConcept PurchaseShareToSignatory = new("purchase share to the signatory", ["采购量", "采购份额", "市场份额", "业务量"],
        PurchaseShareAnchor(), "将公共机构的采购量交给特定经营者，限定交易。");

    /// <summary>Favoured: local establishment; mechanism: a subsidiary, branch or legal person here, with taxes or as a condition (第九条第二项).</summary>
    public static readonly CompetitionConcept LocalSubsidiary = new("local subsidiary and tax", ["子公司", "分公司", "独立法人", "法人企业", "法人机构", "项目公司", "分支机构"],
        LocalSubsidiaryAnchor(), "要求经营者在本地设立子公司、分公司或者独立法人（并在本地纳税），强制或者变相强制外地经营者在本地投资经营。",
        inSentence: ConditionOrBenefit(), exclude: ProcurementSentence());

    /// <summary>Favoured: bidders already present here; mechanism: a local office, branch or outlet, or a pledge to open one (第九条第三项).</summary>
    public static readonly CompetitionConcept BidderPresence = new("bidder's local presence", ["网点", "办事处", "分支机构", "分公司", "子公司", "服务机构", "常驻机构", "办公场所", "服务点", "支公司", "营业部", "经营点", "验室"],
        BidderPresenceAnchor(), "要求投标人、供应商在本地设有或者承诺设立分支机构、办事处、服务网点，或者据此评分，排斥、限制外地经营者参加政府采购、招标投标。",
        inSentence: ProcurementOrScore());

    /// <summary>Favoured: bidders located nearer; mechanism: scores graded by place (第九条第三项).</summary>
    public static readonly CompetitionConcept PlaceScore = new("score by place", ["分"],
        PlaceScoreAnchor(), "按经营者所在地或者机构设立地给予不同分值，对外地经营者实行歧视性评审标准。", inProvision: EstablishmentOrSeat());

    /// <summary>Favoured: bidders with local awards; mechanism: points for prizes only a local firm can win (第九条第三项).</summary>
    public static readonly CompetitionConcept LocalAwardScore = new("score for local awards", ["奖", "荣誉", "称号"],
        LocalAwardScoreAnchor(), "以本地奖项、荣誉作为评分因素，对外地经营者实行歧视性评审标准。");

    /// <summary>Favoured: members of a local association; mechanism: registration with it as a condition to bid (第九条第三项).</summary>
    public static readonly CompetitionConcept LocalAssociation = new("registration with a local association", ["协会", "商会"],
        LocalAssociationAnchor(), "要求经营者在本地行业协会登记、备案或者入会，排斥、限制外地经营者参加政府采购、招标投标。");

    /// <summary>Favoured: local, state-owned or listed firms; mechanism: "同等条件下优先"; object: procurement and projects (第九条第三项).</summary>
    public static readonly CompetitionConcept PriorityInSelection = new("priority in selection", ["优先"],
        PriorityAnchor(), "在选择承担项目、提供服务的经营者时优先本地、国有或者名录内企业，对其他经营者实行差别待遇。",
        inSentence: FavouredParty(), exclude: PriorityExcluded());

    /// <summary>Favoured: listed, state-owned, named or local firms; mechanism: priority or tilt in funds (第十条第二项).</summary>
    public static readonly CompetitionConcept PriorityInFunds = new("priority in funds", ["优先", "倾斜"],
        FundPriorityAnchor(), "在财政资金、扶持政策上优先或者倾斜于特定经营者，属于选择性、差异化的财政支持。",
        inSentence: FavouredInFunds(), exclude: PeopleFirst());

    /// <summary>Favoured: firms from here; mechanism: support that differs by origin (第九条第四项).</summary>
    public static readonly CompetitionConcept OriginDifferential = new("support differing by origin", ["外", "非本"],
        OriginDifferentialAnchor(), "对外地经营者不给予或者按较低标准给予补贴、资金，实行歧视性待遇。", inSentence: BenefitSentence());

    /// <summary>Disfavoured: outside operators; mechanism: extra filing, papers or a local office before working here (第九条第五项).</summary>
    public static readonly CompetitionConcept OutsiderExtraDuty = new("extra duties on outside operators", ["外", "非本"],
        OutsiderExtraDutyAnchor(), "对外地经营者另行设定备案、证明或者在本地设立机构等要求，在监管方面实行歧视性待遇。");

    /// <summary>Favoured: one operator; mechanism: exclusive right, sole operator, no further entrants (第八条第二项).</summary>
    public static readonly CompetitionConcept NoOtherEntrants = new("exclusive operator", ["不再", "不得再", "不另", "唯一", "独家", "独占", "特许经营权", "只允许", "只准许", "只批准", "只保留", "仅允许", "仅准许", "仅批准", "仅保留"],
        NoOtherEntrantsAnchor(), "赋予特定经营者唯一、独占地位或者承诺不再引进其他经营者，排除了其他经营者进入市场。");

    /// <summary>Favoured: named brands; mechanism: brands written into the requirements (第八条第三项).</summary>
    public static readonly CompetitionConcept BrandDesignation = new("brand designation", ["品牌"],
        BrandAnchor(), "在采购需求中指定或者推荐特定品牌，限定交易。");

    /// <summary>Favoured: the few on a list; mechanism: choose only among them (第八条第三项).</summary>
    public static readonly CompetitionConcept PickFromFew = new("choice among a closed few", ["选一", "名录", "名单", "库", "家"],
        PickFromFewAnchor(), "只允许在限定的名单、名录或者少数几家经营者中选择，限定交易。");

    /// <summary>Favoured: a named company; mechanism: it is put in charge of a service (第八条第三项).</summary>
    public static readonly CompetitionConcept NamedOperatorDuty = new("named operator put in charge", ["有限公司", "有限责任公司", "股份公司", "集团"],
        NamedOperatorAnchor(), "直接确定由特定名称的经营者负责经营、提供服务，限定交易。", exclude: OpenSentence());

    /// <summary>Favoured: members of a government-compiled list (入库企业, 种子库); mechanism: benefits for members only (第十条第二项).</summary>
    public static readonly CompetitionConcept ListMemberBenefit = new("benefit for list members", ["库", "名录", "后备企业"],
        ListMemberAnchor(), "以进入政府建立的企业库、名录作为享受财政奖补的条件，属于给予特定经营者的选择性财政支持。", inSentence: GrantVerb());

    /// <summary>Favoured: a named company; mechanism: the document itself supports it (第十条第二项).</summary>
    public static readonly CompetitionConcept NamedBeneficiary = new("named beneficiary", ["有限公司", "有限责任公司", "股份公司", "集团"],
        NamedBeneficiaryAnchor(), "对特定名称的经营者给予扶持、奖励或者补助，属于选择性财政支持。");

    /// <summary>Favoured: a named company; mechanism: buyers are told to buy or use its product (第八条第三项).</summary>
    public static readonly CompetitionConcept NamedProductDuty = new("named company's product required", ["有限公司", "有限责任公司", "股份公司", "集团"],
        NamedProductAnchor(), "要求购买、使用特定名称经营者的商品或者服务，限定交易。", exclude: OpenSentence());

    /// <summary>Favoured: bidders already established; mechanism: a branch or subsidiary to be set up before the contract (第九条第三项).</summary>
    public static readonly CompetitionConcept BranchBeforeContract = new("branch required of the winner", ["子公司", "分公司", "子）公司", "子)公司", "分支机构"],
        BranchBeforeContractAnchor(), "要求中标人、供应商设立分公司、子公司或者分支机构，排斥、限制外地经营者参加政府采购、招标投标。",
        inSentence: ProcurementSentence());

    /// <summary>Mechanism: deposits and guarantees required or withheld beyond the law (《优化营商环境条例》第二十五条; 条例第十条第四项).</summary>
    public static readonly CompetitionConcept DepositDemand = new("deposit", ["保证金", "担保"],
        DepositAnchor(), "要求经营者缴纳或者扣留保证金。除法律、行政法规规定的以外，要求提供或者扣留保证金会增加经营者的生产经营成本，请核实依据和比例。",
        exclude: DepositRelief());

    /// <summary>Mechanism: a cap on the number of operators admitted (第八条第一项).</summary>
    public static readonly CompetitionConcept EntryQuota = new("entry quota", ["限定", "只准入", "只允许", "只批准", "只确定", "仅准入", "仅允许", "仅批准", "仅确定"],
        EntryQuotaAnchor(), "限定准入经营者的数量或者配额，排除了其他经营者进入市场。");

    [GeneratedRegex(@"(?:" + Number + @"年(?:内|以内)|期(?:内|间)|之日起)[^，。；]{0,12}?(?:不得|不能|不准|不|禁止)(?:将)?[^，。；]{0,12}?" + Relocation + @"|" + Residence + @"[^，。；]{0,8}?(?:保持不变|不得变更|不变更|不迁)")]
    private static partial Regex RelocationLockInAnchor();

    [GeneratedRegex("(?:" + Residence + @"|企业)[^，。；]{0,10}?" + Relocation + @"[^。]{0,40}?" + ClawBack)]
    private static partial Regex RelocationClawBackAnchor();

    [GeneratedRegex(Benefit + @"|名录|库")]
    private static partial Regex BenefitOrList();

    [GeneratedRegex(@"(?:必须|须|只能|应当|一律|统一)(?:从|向|在)" + Local + @"[^，。；]{0,12}?(?:采购|购买|购进|进货|选购)")]
    private static partial Regex LocalSourcingAnchor();

    [GeneratedRegex(@"(?:比例|份额|部分)的?(?:采购量|采购份额|市场份额|业务量)(?:给|交由|交给)(?:" + Signatory + @"|该公司|其)")]
    private static partial Regex PurchaseShareAnchor();

    [GeneratedRegex(@"(?:在|于)" + Place + @"[^，。；]{0,6}?(?:注册|设立|成立|组建)[^，。；]{0,8}?(?:全资|控股|独立法人)?(?:子公司|分公司|独立法人|法人企业|法人机构|项目公司|分支机构)")]
    private static partial Regex LocalSubsidiaryAnchor();

    [GeneratedRegex(@"纳税|税收|奖励|补助|补贴|扶持|准入|条件|资格|方可|才能|须|必须|应当|要求")]
    private static partial Regex ConditionOrBenefit();

    [GeneratedRegex(Procurement)]
    private static partial Regex ProcurementSentence();

    [GeneratedRegex(@"(?:已?在|于|承诺[^，。；]{0,16}?(?:在|于))" + Place + @"[^，。；]{0,10}?(?:设立|建立|设有|配备|成立|拥有|有)[^，。；]{0,12}?" + Establishment)]
    private static partial Regex BidderPresenceAnchor();

    [GeneratedRegex(Procurement + @"|得分|分[；;，。]|分$|承诺|成交")]
    private static partial Regex ProcurementOrScore();

    [GeneratedRegex(@"(?:设在|设有|在|位于)" + Place + @"(?:的)?(?:[^，。；]{0,12}?)" + Points)]
    private static partial Regex PlaceScoreAnchor();

    [GeneratedRegex(@"网点|分公司|办事处|分支机构|售后|服务点|注册地|公司")]
    private static partial Regex EstablishmentOrSeat();

    [GeneratedRegex(@"(?:获得|获|荣获)[^，。；]{0,20}?(?:地市级|市级|县级|区级|本地|本市|本县|本省|省级)(?:及以上)?[^，。；]{0,24}?(?:奖项|奖|荣誉|称号)[^。；]{0,10}?" + Points)]
    private static partial Regex LocalAwardScoreAnchor();

    [GeneratedRegex(Duty + @"在" + Place + @"?[^，。；]{0,10}?(?:协会|商会)[^，。；]{0,6}?(?:登记|备案|注册|入会)")]
    private static partial Regex LocalAssociationAnchor();

    [GeneratedRegex(@"同等条件下[^。；]{0,20}?优先|优先(?:选择|选用|选定|采购|考虑|委托|确定|使用)")]
    private static partial Regex PriorityAnchor();

    [GeneratedRegex("(?:" + Local + "|" + StateOwned + @")[^，。；]{0,8}?" + Operator + "|" + Listed)]
    private static partial Regex FavouredParty();

    [GeneratedRegex(PriorityPeople + @"|资金|补贴|奖励|扶持")]
    private static partial Regex PriorityExcluded();

    [GeneratedRegex(@"同等条件下[^。；]{0,30}?(?:优先|倾斜)|(?:优先|重点)(?:向)?[^，。；]{0,8}?倾斜|优先纳入[^，。；]{0,15}?(?:资金|支持|扶持|补贴|奖励|补偿)")]
    private static partial Regex FundPriorityAnchor();

    [GeneratedRegex(Listed + "|" + StateOwned + "|" + Named + "|" + Local + @"(?:企业|供应商)")]
    private static partial Regex FavouredInFunds();

    [GeneratedRegex(@"退役|军人|残疾|脱贫|困难群众|就业困难|劳动力|农民工|高校毕业生")]
    private static partial Regex PeopleFirst();

    [GeneratedRegex(Outside + @"(?:的)?[^，。；]{0,6}?" + Operator + @"[^。；]{0,20}?(?:原则上)?(?:不参与|不纳入|不列入|不予|不享受|不得享受|减半|降低|(?:按|给予)[^，。；]{0,10}?(?:%|％|倍|元))")]
    private static partial Regex OriginDifferentialAnchor();

    [GeneratedRegex(Benefit + @"|分配")]
    private static partial Regex BenefitSentence();

    [GeneratedRegex(Outside + @"(?:的)?[^，。；]{0,6}?(?:企业|经营者|施工企业|建筑企业|施工队伍|承包商|运输企业|车辆)[^。；]{0,30}?" + Duty + @"[^。；]{0,20}?(?:备案|报备|登记|审核|核查|证明|(?:设立|设有|成立)[^，。；]{0,8}?(?:办公场所|分支机构|分公司|办事处|机构))")]
    private static partial Regex OutsiderExtraDutyAnchor();

    [GeneratedRegex(@"(?:不再|不得再|不另行|不另|不再行)(?:引进|引入|准入|批准|允许|同意|审批|投放|新增|授权)[^，。；]{0,12}?(?:其他|同类|第二家|新的|另外)[^，。；]{0,12}?" + Operator + @"|(?:唯一|独家)(?:的)?(?:合法)?(?:运营|经营|供应|服务|配送)(?:企业|商|主体|单位|公司|权)|独占(?:经营权|经营|运营权)|唯一一家[^，。；]{0,10}?(?:企业|运营商|经营者|公司)|特许经营权(?:直接)?(?:授权|授予|交由|交给)|(?:只|仅)(?:允许|准许|批准|保留)(?:一|1)家")]
    private static partial Regex NoOtherEntrantsAnchor();

    [GeneratedRegex(@"(?:推荐品牌|指定品牌|要求品牌|品牌(?:要求)?[：:])[^，。；]{1,10}?[、，]")]
    private static partial Regex BrandAnchor();

    [GeneratedRegex(@"[一二两三四五六七八九十\d]+选一|(?:必须|须|应当|只能)(?:从|在)[^，。；]{0,20}?(?:名录|名单|库|" + Number + @"家)[^，。；]{0,6}?(?:中|内)(?:择优)?[^，。；]{0,6}?(?:选择|选定|选用|选取|确定|开设|办理|购买)|拒收非名单|(?:禁止|不得)[^，。；]{0,6}?名录之外|名单(?:以外|之外)[^，。；]{0,10}?(?:不予|拒|不接受)")]
    private static partial Regex PickFromFewAnchor();

    [GeneratedRegex(@"由" + Named + @"(?:[^，。；]{0,6}?)(?:负责|统一|独家|承担)(?:[^，。；]{0,4}?)(?:清运|运营|经营|供应|供货|配送|收运|建设|运维|维护|承保|代理|管理)")]
    private static partial Regex NamedOperatorAnchor();

    [GeneratedRegex(OpenCompetition + @"|招标|中标|竞争")]
    private static partial Regex OpenSentence();

    [GeneratedRegex(Deposit + @"[^。；]{0,30}?(?:计收|收取|缴纳|交纳|提供|交付|不予退还|无息退还|扣留|扣除|(?:合同|中标|成交)[^，。；]{0,6}?(?:金额|价|价款|总额)?的?[\d.]+(?:%|％))|(?:计收|收取|缴纳|交纳|提供|交付|无息退还|扣留)[^，。；]{0,20}?" + Deposit)]
    private static partial Regex DepositAnchor();

    [GeneratedRegex(@"减免|免收|免于|免除|取消|降低|保函|不收取|无需|不需")]
    private static partial Regex DepositRelief();

    [GeneratedRegex(@"(?:入库|库内|[^，。；、]{1,10}?库|名录(?:内|中))(?:的)?企业|后备企业")]
    private static partial Regex ListMemberAnchor();

    [GeneratedRegex(@"给予[^，。；]{0,10}?(?:奖励|奖补|补贴|补助|资助|扶持|支持)|(?:奖励|奖补|补贴|补助)[\d.]+万?元|纳入[^，。；]{0,12}?(?:资金|补偿|扶持)")]
    private static partial Regex GrantVerb();

    [GeneratedRegex(@"(?:扶持|资助|奖励|补助|补贴)" + Named)]
    private static partial Regex NamedBeneficiaryAnchor();

    [GeneratedRegex(@"(?:要求|须|必须|应当|只能|统一)[^，。；]{0,8}?(?:购买|使用|选用|采购|投保|接入|安装)[^，。；]{0,4}?" + Named)]
    private static partial Regex NamedProductAnchor();

    [GeneratedRegex(@"(?:要求|须|必须|应当|应)[^，。；]{0,12}?(?:成立|设立|注册)(?:分（子）公司|分\(子\)公司|分子公司|子公司|分公司|分支机构)")]
    private static partial Regex BranchBeforeContractAnchor();

    [GeneratedRegex(@"限定[^，。；]{0,14}?(?:企业|经营者|运营商|中标人|中标企业)?(?:数量|家数|配额)|(?:只|仅)(?:准入|允许|批准|确定)[一二两三四五六七八九十\d]+家")]
    private static partial Regex EntryQuotaAnchor();
}
