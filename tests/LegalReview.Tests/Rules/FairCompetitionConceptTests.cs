using LegalReview.Rules.FairCompetition;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

/// <summary>
/// The fair-competition concepts on real wording: clauses from the development cases (the Zhejiang rows cut to the quoted
/// clause, the list's description of where it came from dropped; quotation marks of the bulletins removed) (published-cases-dev, the Zhejiang
/// third-party evaluation list and bulletin summaries up to 2022; none from the held-out rows), each cited by its id, plus
/// differently worded variants in our own words where the development data holds fewer than three; and compliant
/// neighbours, including real provisions of the State Council documents in ../shared/data/documents/state-council.
/// </summary>
public sealed class FairCompetitionConceptTests
{
    private static string Doc(string article) => "某县促进产业发展若干措施\n第一条 为促进产业发展，制定本措施。\n第二条 " + article;

    /// <summary>
    /// The rule must report the clause. The concept's own wording is one way it may do so; a pattern of the same rule
    /// that already covers the span reports it instead (one finding per span), which is equally right.
    /// </summary>
    private static void AssertConcept(string ruleId, CompetitionConcept concept, string article)
    {
        var findings = RuleTester.Run(ruleId, Doc(article));
        Assert.That(findings, Is.Not.Empty, $"{ruleId} should report the concept “{concept.Name}” in: {article}");
    }

    [Test]
    public void RelocationLockIn_OnRealWording([Values("（七）相关要求。企业在享受奖励政策前，须对本企业在上市成功后5年内注册地不迁出我县向县政府作出书面承诺，如违反承诺，收（扣）回已兑现的奖励资金" /* HC050 */,
        "对于区内尚不具备生产条件的药品和医疗器械企业，通过上市许可持有人制度委托生产的，按照该企业年度区级贡献增量部分的20%给予奖励……获得本办法资金支持的企业需承诺自获得支持起未来8年内注册及办公地址不迁离本区...若违反相关承诺，企业应退回本办法对其支持的全部资金" /* HC080 */,
        "要求企业享受奖励前承诺上市成功后5年内注册地不迁出，否则收回奖励资金，限制了企业自由迁移。" /* FRS254 */,
        "获得奖励的企业五年内不得将注册地变更至本县以外。" /* own words */)] string article) =>
        AssertConcept("LR3005", CompetitionConcepts.RelocationLockIn, article);

    [Test]
    public void RelocationClawBack_OnRealWording([Values("规定进入仙游县政府投资小规模电力类工程承包商名录库的准入条件为注册地在仙游县境内（包括分公司、子公司），并规定企业...注册地变更为仙游县以外地区的将被清出承包商名录库。" /* FRS005 */,
        "要求企业享受奖励前承诺上市成功后5年内注册地不迁出，否则收回奖励资金，限制了企业自由迁移。" /* FRS254 */,
        "享受补贴的企业注册地迁出本县的，县财政收回已拨付的补贴资金。" /* own words */)] string article) =>
        AssertConcept("LR3005", CompetitionConcepts.RelocationClawBack, article);

    [Test]
    public void LocalSourcing_OnRealWording([Values("规定零售经营者必须从本县的批发企业采购烟花爆竹。" /* FRS672 */,
        "各药店一律从本市医药批发企业购进药品。" /* own words */,
        "农贸市场经营户统一在本县屠宰场采购肉品。" /* own words */)] string article) =>
        AssertConcept("LR3005", CompetitionConcepts.LocalSourcing, article);

    [Test]
    public void LocalSubsidiary_OnRealWording([Values("准入条件。具备雄厚的可再生能源投资开发实力，且信用良好的央企、地方国企、上市公司及优秀民营企业等开发企业，并具备承装（修、试）电力设施许可证及相关证照等国家规定的相关资质，须在我县成立具有独立法人资格的项目开发公司，依法依规在本县缴纳税费" /* HC108 */,
        "规定准入条件为在本地设立独立法人企业，并按份额拍卖运营权。" /* FRS572 */,
        "强制要求企业在本地注册、设立分公司，限制外地企业进入。特许一家企业独家运营。" /* FRS564 */,
        "要求在本地注册全资子公司并在本地纳税，方可享受扶持政策。" /* own words */)] string article) =>
        AssertConcept("LR3006", CompetitionConcepts.LocalSubsidiary, article);

    [Test]
    public void BidderPresence_OnRealWording([Values("17售后服务网点：1）投标人在杭州市有售后服务网点（或承诺中标后10个工作日内新设售后服务网点），可以提供本地化技术支持服务，并在售后服务网点设有常驻技术团队，得3分；2）投标人在杭州市有售后服务网点（或承诺中标后10个工作日内新设售后服务网点），但委托第三方公司提供售后服务的，得1分；3）投标人无本地服务网点且又不承诺中标后提供本地化服务的，不得分。[本地化服务网点需提供营业执照扫描件（或新设售后服务机构的承诺函），如委托第三方公司提供售后服务，需另行提供委托协议。否则不得分]" /* ZJ043 */,
        "售后服务承诺：3、供应商已在湖州市区建立分支机构或办事处或中标后承诺 15 个工作日内在湖州市区建立分支机构或办事处的得 3 分，湖州其他地区的得 2 分，省内其他地区得 1 分。不提供承诺不得分。（0-3 分）" /* ZJ065 */,
        "供应商在项目所在地市及各县（区）级行政区划设立银保监会（局）批准设立的支公司或营销服务部，全部设立得3分，缺少任意1个县(区)级支公司或营销服务部的，不得分。（需提供分支机构的经营保险业务许可证及营业执照或承诺中标后30天内开设机构的同样认可，未提供者不得分）。供应商在各乡镇街道级行政区划设立银保监会（局）批准设立的营销服务部或营业部（不含县级服务机构）。按供应商提供机构数量排名，数量最多的供应商得3分；排名最高者着得满分，依次扣减1分，扣完为止。（需提供营销服务部或营业部的经营保险业务许可证及营业执照或承诺中标后30天内开设机构的同样认可，未提供者不得分）。" /* ZJ058 */)] string article) =>
        AssertConcept("LR3007", CompetitionConcepts.BidderPresence, article);

    [Test]
    public void PlaceScore_OnRealWording([Values("本企业或所属分公司工商注册地或办事处在南平市建阳区内的得10分、南平市辖区内的得5分，在南平市辖区外福建省内的得3分，在福建省以外的得1分（以该企业营业执照上注册地为准，营业执照上无法体现的，提供合作协议等）" /* HC071 */,
        "服务网点：在德清设有公司、分公司或办事处或服务点的得3分，在杭州或湖州地区的得2分，浙江省其他地区得1分，浙江省外地区的不得分，不重复计分。（须提供详细的公司全称、营业执照或租房协议、地址、负责人及联系方式等）。" /* ZJ069 */,
        "服务网点情况：公司、分公司、服务网点已设在德清地区的得5分，杭州、湖州地区的得3分，在浙江省其他地区的得2分，承诺设立服务网点的得1分，不重复计分。（服务网点须提供详细的网点全称、营业执照或租房协议、地址、联系人、联系方式等）" /* ZJ076 */)] string article) =>
        AssertConcept("LR3007", CompetitionConcepts.PlaceScore, article);

    [Test]
    public void LocalAwardScore_OnRealWording([Values("获得甬江杯等地市级奖项的，得1分。" /* ZJ052 */,
        "获得本市优质工程奖的，得2分。" /* own words */,
        "投标人荣获县级文明单位称号的得1分。" /* own words */,
        "5.2获得过省级及以上造价管理部门颁布的“金牌注册造价工程师”荣誉称号的每个得 3 分，本项目最高得 6 分。" /* ZJ055 */)] string article) =>
        AssertConcept("LR3007", CompetitionConcepts.LocalAwardScore, article);

    [Test]
    public void PlaceScore_ReadsSpacedPoints() =>
        AssertConcept("LR3007", CompetitionConcepts.PlaceScore, "公司、分公司或办事处设在本县的得 3 分，设在本市其他县区的得 2 分。");

    [Test]
    public void LocalAssociation_OnRealWording([Values("（3）须在宁波市建设工程造价管理协会网上登记。" /* ZJ050 */,
        "投标人须在本县建筑业协会备案。" /* own words */,
        "参与竞标的物业企业应当在本市物业管理协会登记。" /* own words */)] string article) =>
        AssertConcept("LR3007", CompetitionConcepts.LocalAssociation, article);

    [Test]
    public void PriorityInSelection_OnRealWording([Values("同等条件下优先选择县属国有企业承担项目建设。" /* own words */,
        "同等条件下优先委托本地企业提供服务。" /* own words */,
        "政府投资项目优先选用名录库内企业。" /* own words */)] string article) =>
        AssertConcept("LR3007", CompetitionConcepts.PriorityInSelection, article);

    [Test]
    public void PriorityInFunds_OnRealWording([Values("规定同等条件下，县级预算安排的各项政策性扶持资金优先向上市后备企业倾斜，就业给予相应支持。" /* FRS678 */,
        "规定同等条件下专项资金申报优先考虑\"小升规\"重点企业及新升规企业。" /* FRS679 */,
        "同等条件下，专项资金优先向县属国有企业倾斜。" /* own words */)] string article) =>
        AssertConcept("LR3010", CompetitionConcepts.PriorityInFunds, article);

    [Test]
    public void OriginDifferential_OnRealWording([Values("规定项目参与单位为省外企业的，原则上不参与分配省级财政资金。" /* FRS675 */,
        "对注册地在本省的企业按投资额的10%给予奖励，省外企业按5%给予奖励。" /* own words */,
        "外地企业在本县设立的项目不享受产业扶持资金。" /* own words */)] string article) =>
        AssertConcept("LR3008", CompetitionConcepts.OriginDifferential, article);

    [Test]
    public void OutsiderExtraDuty_OnRealWording([Values("外地建筑企业进入本县承揽工程的，应当向县住建局备案，并在本县设立固定办公场所。" /* own words */,
        "外地运输企业在本市从事经营的，须向市交通运输局报送资质证明。" /* own words */,
        "外地施工队伍进场前必须到县住建局登记。" /* own words */)] string article) =>
        AssertConcept("LR3008", CompetitionConcepts.OutsiderExtraDuty, article);

    [Test]
    public void NoOtherEntrants_OnRealWording([Values("以出租城市街面道路名义招租采购，中标企业独占经营权，限制对其他企业准入。" /* FRS567 */,
        "甲方承诺在合作期内不再引进其他品牌的共享单车运营企业。" /* own words */,
        "明确该公司为本市唯一合法经营主体。" /* own words */)] string article) =>
        AssertConcept("LR3002", CompetitionConcepts.NoOtherEntrants, article);

    [Test]
    public void BrandDesignation_OnRealWording([Values("技术指标要求品牌：柏科、华为、群晖；网闸技术参数要求品牌：天融信、绿盟、深信服" /* ZJ046 */,
        "推荐品牌：弘泰、精伦、南水；弘泰、精伦、云鹰；威纶通、昆仑通态、弘泰；弘泰、正泰、施耐德等。" /* ZJ053 */,
        "二、技术参数 注意：1.以下参数不允许负偏离，否则视为无效谈判文件。2.招标文件中提供的推荐品牌为参考品牌，投标时须明确选用品牌，如若不明确所投品牌的，中标后由中标人在推荐品牌或更优品牌范围内选定品牌后提交使用单位确认。技术参数要求推荐品牌：戴尔、联想、华为。……HDS、IBM、联想凌拓……" /* ZJ084 */)] string article) =>
        AssertConcept("LR3003", CompetitionConcepts.BrandDesignation, article);

    [Test]
    public void PickFromFew_OnRealWording([Values("规定实行一市一款校服款式，要求全市各中小学校必须从获得校服制作资格标的 5 家校服生产制作企业中五选一选择一家作为供应商，采购校服的价格按照委托公开招标的中标结果执行。" /* FRS004 */,
        "指定71家特定出函机构，拒收非名单机构出具的保函，限定交易。" /* FRS494 */,
        "规定施工队伍必须从其审核通过的名录中择优选用，禁止名录之外的队伍施工。" /* FRS668 */)] string article) =>
        AssertConcept("LR3003", CompetitionConcepts.PickFromFew, article);

    [Test]
    public void NamedOperatorDuty_OnRealWording([Values("明确居民住宅小区由上海杨浦环境发展有限公司负责清运。" /* FRS661 */,
        "全县农村生活垃圾由某环境服务有限公司负责收运。" /* own words */,
        "城区公共停车场由某城市运营集团统一管理。" /* own words */)] string article) =>
        AssertConcept("LR3003", CompetitionConcepts.NamedOperatorDuty, article);

    [Test]
    public void PurchaseShareToSignatory_OnRealWording([Values("甲方辖区内所有公立医疗机构（附名单在后）所需药品、耗材、器械设备等拿出一定比例的采购量给乙方。甲方以文件的形式下达指标到所辖公立医疗机构，由乙方与有关公立医疗机构签订供需合同" /* HC017 */,
        "县内各学校将食材采购总量的一定份额的采购量交由合作企业。" /* own words */)] string article) =>
        AssertConcept("LR3003", CompetitionConcepts.PurchaseShareToSignatory, article);

    [Test]
    public void DepositDemand_OnRealWording([Values("履约保证金的收取及退还：按合同总金额的5%计收。" /* ZJ051 */,
        "4.维保到期后三个月内，甲方无息退还乙方合同总额5%的履约保证金。" /* ZJ057 */,
        "考核分为60分以下为不及格，乙方应全额返还当年度运营经费且甲方有权终止合同，因考核不合格终止合同的考核保证金不予退还。（5）退出机制：若乙方出现以下情况，甲方有权解除合同，并停止运营经费的支付。1.任一运营年度的考核结果为不合格的，考核保证金不予退还。2.若乙方要求终止合同，甲方将停止支付运营经费，考核保证金不予退还。" /* ZJ063 */)] string article) =>
        AssertConcept("LR3011", CompetitionConcepts.DepositDemand, article);

    [Test]
    public void EntryQuota_OnRealWording([Values("通过招标限定中标企业数量和共享单车配额，并收取市政公共资源有偿使用费。" /* FRS568 */,
        "全市网约车平台只允许3家企业进入。" /* own words */,
        "限定城区共享电单车运营企业数量为两家。" /* own words */)] string article) =>
        AssertConcept("LR3001", CompetitionConcepts.EntryQuota, article);

    [Test]
    public void ListMemberBenefit_OnRealWording([Values("建立重点上市企业资源库，对入库企业培育期间产生的上市费用、贷款利息、贷款担保费用等给予补贴。" /* FRS676 */,
        "规定限额以上商贸企业库、规模以上服务业企业库企业，且年度主营业务收入达到标准的，本级财政一次性给予奖补6万元。" /* FRS677 */,
        "建立健全培育北交所上市种子库，将种子库企业优先纳入市级财政风险补偿资金池支持名录" /* HC066 */)] string article) =>
        AssertConcept("LR3010", CompetitionConcepts.ListMemberBenefit, article);

    [Test]
    public void NamedBeneficiary_OnRealWording([Values("扶持某商务有限公司发展成为本地为农服务的供销电商平台，每年在基层社和农资网点建设铺设电商服务站3个以上" /* HC153 */,
        "每年安排200万元扶持某农业发展有限公司建设冷链物流中心。" /* own words */,
        "县财政资助某新能源科技有限公司开展技术改造。" /* own words */)] string article) =>
        AssertConcept("LR3010", CompetitionConcepts.NamedBeneficiary, article);

    [Test]
    public void NamedProductDuty_OnRealWording([Values("要求企业提供购买江泰保险经纪股份有限公司宁夏分公司的安责险产品，对购买其他经纪公司的产品不予受理，涉嫌违规设置市场准入门槛。" /* FRS013 */,
        "各施工单位必须投保某财产保险股份公司的工程险。" /* own words */,
        "辖区内加油站应当统一安装某信息技术有限公司的监控系统。" /* own words */)] string article) =>
        AssertConcept("LR3003", CompetitionConcepts.NamedProductDuty, article);

    [Test]
    public void BranchBeforeContract_OnRealWording([Values("责成税务、住建等部门联合开展督导行动，变相要求企业在当地设立分（子）公司。在招标文件中明确要求企业于合同签订前成立分（子）公司，否则取消中标人资格。" /* FRS002 */,
        "中标人须在合同签订前设立分公司。" /* own words */,
        "供应商应当在中标后30日内注册子公司。" /* own words */)] string article) =>
        AssertConcept("LR3007", CompetitionConcepts.BranchBeforeContract, article);

    /// <summary>第十条 forbids tax and subsidy preferences only without the State Council's approval: its own documents are that approval.</summary>
    [TestCase("LR3009", "（二十三）经营性文化事业单位转制为企业后，五年内免征企业所得税。")]
    [TestCase("LR3010", "同等条件下，专项资金优先向县属国有企业倾斜。")]
    public void StateCouncilDocument_IsNotToldItLacksStateCouncilApproval(string ruleId, string article)
    {
        RuleTester.AssertNoFindings(ruleId, "国务院办公厅关于支持文化企业发展的通知\n国办发〔2018〕124号\n" + article);
    }

    [TestCase("LR3005", "支持本地企业开拓外地市场。")]
    [TestCase("LR3005", "不得要求企业承诺一定期限内不迁出。")]
    [TestCase("LR3005", "各地区不得有下列行为：\n（一）要求获得奖励的企业五年内不得将注册地变更至本县以外。")]
    [TestCase("LR3007", "依法通过公开招标选择供应商，不得设置本地注册等歧视性条件。")]
    [TestCase("LR3007", "同等条件下优先录用退役军人。")]
    [TestCase("LR3007", "推动国有企业深化改革，支持国有企业做强做优做大。")]
    [TestCase("LR3007", "有关地方应优先支持自贸试验区建设，促进其健康有序发展。")]
    [TestCase("LR3007", "优先与费率较低的融资担保、再担保机构开展合作。")]
    [TestCase("LR3006", "支持符合条件的台资保险机构在自贸试验区内设立保险营业机构。")]
    [TestCase("LR3006", "在有条件的贫困地区设立电商产业孵化园，培育规模化电商企业。")]
    [TestCase("LR3010", "加大对休闲农业和乡村旅游基础设施建设的用地倾斜。")]
    [TestCase("LR3011", "各地区不得收取没有法律法规依据的保证金。")]
    [TestCase("LR3011", "对中小企业参与政府采购活动免收履约保证金。")]
    [TestCase("LR3002", "《关于不再引进其他品牌运营企业的通知》已废止。")]
    [TestCase("LR3003", "由采购人依法通过公开招标确定某环境服务有限公司负责收运。")]
    [TestCase("LR3008", "外地企业与本地企业享受同等扶持政策。")]
    [TestCase("LR3007", "获得国家级优质工程奖的，每项得 2 分。")]
    [TestCase("LR3007", "具有类似项目业绩的，每个得 1 分，最高得 5 分。")]
    public void CompliantNeighbour_IsNotReported(string ruleId, string article)
    {
        RuleTester.AssertNoFindings(ruleId, Doc(article));
    }
}
