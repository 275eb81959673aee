using LegalReview.Analysis;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// The word groups of the fair-competition concepts, in one place: who is favoured (local, outside, state-owned, listed,
/// named, the signatory of an agreement), the mechanisms (relocation, claw-back, priority, deposits …) and the objects
/// (benefits, procurement). Each is a <c>const string</c> so that <c>[GeneratedRegex]</c> patterns can be composed from
/// them; the territory and operator words come from the clause-analysis <see cref="Lexicon"/>.
/// </summary>
internal static class CompetitionLexicon
{
    /// <summary>A count or a number of years, in digits or Chinese numerals.</summary>
    public const string Number = @"[\d一二两三四五六七八九十百]+";

    /// <summary>"Here": the issuer's own territory.</summary>
    public const string Local = Lexicon.Local;

    /// <summary>"Elsewhere": operators, goods or vehicles from outside the territory.</summary>
    public const string Outside = Lexicon.Outside;

    /// <summary>The kinds of market players a measure lands on, and the brands they sell under.</summary>
    public const string Operator = @"(?:企业|公司|供应商|经营者|商家|厂家|厂商|服务商|运营商|承包商|投标人|单位|机构|市场主体|品牌)";

    /// <summary>
    /// A place written as a territory: the issuer's own ("本县", "当地"), the project site ("项目实施地"), or a named
    /// province, city, county or district, optionally bounded ("杭州市", "德清地区", "浙江省内", "台州市范围内").
    /// </summary>
    public const string Place = @"(?:" + Local + @"|项目(?:实施|所在)地(?:区)?|(?:本|我|该|某)[县市区镇乡省]|[^\s，。；、：“”（）《》]{1,8}?(?:省|市|县|区|地区|市区|州)(?:内|境内|辖区内|范围内|行政区域内)?)";

    /// <summary>
    /// Points given in a scoring table: "得3分", "加2分", "得 0.5 分" (procurement notices often space the figure),
    /// "得五分".
    /// </summary>
    public const string Points = @"(?:得|加)\s*[\d.一二三四五六七八九十]+\s*分";

    /// <summary>
    /// A list or catalogue that bars or restricts entry or investment: 负面清单, 禁止类/限制类（项目、产业）目录,
    /// 禁止和限制发展的产业目录, 禁止准入清单, 不予准入名单. Whose list it is (the national one or the issuer's own) is
    /// decided by the words around it.
    /// </summary>
    public const string BanList = @"(?:负面清单|(?:禁止类?|限制类?)(?:[、和及与或]|以及)?(?:禁止类?|限制类?)?(?:准入|投资|发展|进入|引进|建设|落户|入驻|入园)?类?的?(?:产业|项目|行业|领域|业务)?(?:目录|清单|名录)|(?:禁止|不予|限制)(?:准入|进入|投资|引进|落户)类?的?(?:企业|项目|产业|行业)?(?:名单|目录|清单))";

    /// <summary>
    /// The issuer's own territory or text, as a list's name states it: 本县, 全市, 县级, 本办法, 附件, a named county or
    /// district (某某县, 某某区产业…). A list so named is the issuer's own, not the national one.
    /// </summary>
    public const string OwnList = @"(?:" + Local + @"|全[县市区镇乡旗]|(?:本|我|该|某)[县市区镇乡省旗]|[县市区旗]级|(?:本|我)(?:办法|规定|通知|意见|方案|细则|实施方案)|附件|[\u4e00-\u9fa5]{2,5}?(?:县|自治县|旗)|[\u4e00-\u9fa5]{2,5}?[市区](?=产业|禁止|限制|招商|投资|项目|负面|准入))";

    /// <summary>
    /// Lists the centre sets: the national 市场准入负面清单 and 外商投资 lists, 自由贸易 lists, 产业结构调整指导目录.
    /// </summary>
    public const string NationalList = @"(?:国家|全国|国务院|中央|外商投资|外资|自由贸易|自贸|跨境服务贸易|产业结构调整指导目录)";

    /// <summary>
    /// Local lists an upper law or national policy provides for: the 生态环境准入清单 of 长江保护法 第二十二条 and 黄河保护法
    /// 第二十六条, 重点生态功能区 and 农产品主产区 industry lists, 高耗水产业 lists, 危险化学品"禁限控"目录, and the
    /// 禁止、限制类建设项目名录 that 南水北调工程供用水管理条例 第三十二条 asks of the receiving provinces.
    /// </summary>
    public const string ListProvidedByLaw = @"(?:生态环境准入|生态环境分区|三线一单|重点生态功能区|生态功能区|农产品主产区|长江经济带|黄河流域|高耗水|饮用水|水源保护|自然保护|危险化学品|禁限控|南水北调|受水区)";

    /// <summary>Operators owned by the state or the local government.</summary>
    public const string StateOwned = @"(?:国有企业|国企|国有控股|国有独资|国有资本投资|[省市县区]属国有|[省市县区]属企业|政府平台公司|城投公司|融资平台)";

    /// <summary>Members of a list the government itself compiles (名录库, 种子库, 后备企业, 规上企业 …).</summary>
    public const string Listed = @"(?:名录库|名录内|推荐名录|推荐名单|备选库|资源库|种子库|培育库|后备企业|白名单|入库企业|入围企业|重点企业|规上企业|规模以上|名单内)";

    /// <summary>An operator named by its company name ("某商务有限公司", "上海杨浦环境发展有限公司").</summary>
    public const string Named = @"(?:某|[\u4e00-\u9fa5]{2,14}?)(?:有限公司|有限责任公司|股份公司|集团)";

    /// <summary>The other party to an agreement with the government.</summary>
    public const string Signatory = @"(?:乙方|签约企业|签约方|合作企业|合作方|协议企业)";

    /// <summary>Leaving the territory: moving out, changing the registered seat to elsewhere.</summary>
    public const string Relocation = @"(?:迁出|迁离|外迁|搬离|迁往|迁至|变更至|变更到|变更为|转移至|转移出|撤离)";

    /// <summary>Taking a benefit back or striking the operator off a list.</summary>
    public const string ClawBack = @"(?:退还|退回|收回|追回|扣回|返还|清出|移出|取消|不再享受)";

    /// <summary>Registered seat, tax or statistical residence: what a relocation lock-in pins down.</summary>
    public const string Residence = @"(?:注册地|注册地址|税务登记|纳税关系|税收关系|统计关系|总部|生产经营地)";

    /// <summary>Local establishments asked of bidders or outside operators.</summary>
    public const string Establishment = @"(?:服务网点|网点|办事处|分支机构|分公司|子公司|服务机构|常驻机构|办公场所|售后服务点|售后服务机构|服务点|支公司|营业部|经营点|实验室|试验室)";

    /// <summary>Benefits: rewards, subsidies, funds and the applications for them.</summary>
    public const string Benefit = @"(?:奖励|奖补|补助|补贴|扶持资金|扶持|资助|贴息|申报|享受|兑现|资金支持|给予支持|政策|优惠|资金)";

    /// <summary>Tendering and government procurement, including the scoring of bids.</summary>
    public const string Procurement = @"(?:投标|招标|政府采购|采购项目|供应商|中标|竞标|比选|比价|询价|发包|承包商|施工单位|代理机构|评审|评分|得分|加分|磋商|响应人|响应方|采购人)";

    /// <summary>Words that make a sentence an open, competitive or voluntary arrangement rather than a restriction.</summary>
    public const string OpenCompetition = @"(?:公开招标|招标投标|竞争性谈判|竞争性磋商|公平竞争|公开竞争|公开择优|公开遴选|公开比选|自主选择|自行选择|自由选择|自愿选择|一视同仁|平等对待|各类市场主体|各类经营者|依法平等)";

    /// <summary>People whom national policy lawfully puts first (veterans, the disabled, graduates …): not operators.</summary>
    public const string PriorityPeople = @"(?:退役|军人|残疾|脱贫|困难|就业|劳动力|人员|农民工|高校毕业生|妇女|老年|儿童)";

    /// <summary>Deposits and guarantees demanded of operators.</summary>
    public const string Deposit = @"(?:履约|投标|质量|考核|诚信|信用|工程质量|风险|安全|经营)(?:保证金|担保)";

    /// <summary>
    /// Registration, establishment or tax residence in the issuer's territory ("在本县注册", "注册并纳税在本镇",
    /// "注册地在某县境内"). Whether it restricts entry, tendering or a benefit depends on the sentence.
    /// </summary>
    public const string LocalRegistration = @"(?:(?:在|于|为)(?:本|我|该|某)?[^\s，。；、：“”（）《》]{0,8}?[县市区镇乡省](?:(?:境内|辖区内|范围内|行政区域内|内)(?:[^，。；]{0,10}?部门)?)?(?:进行|依法)?(?:企业)?(?:工商)?(?:登记注册|注册登记|工商登记|注册)(?:(?:并|且|、|和)(?:依法)?纳税)?|(?:注册|纳税)(?:并纳税|和纳税|、纳税|并注册)?(?:在|于)(?:本|我)[县市区镇乡省]|注册地(?:须|需|必须|应当|应)?(?:在|为|位于)[^，。；]{1,10}?(?:境内|辖区内|行政区域内|范围内)|(?:在|于)(?:本|我)[县市区镇乡省](?:依法)?纳税)";
}
