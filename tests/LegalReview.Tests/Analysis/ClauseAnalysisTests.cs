using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Documents.Reading;

namespace LegalReview.Tests.Analysis;

/// <summary>
/// Each stance decision of the clause analysis on real sentences (State Council documents in
/// ../shared/data/documents/state-council, the examples and the rule catalogue's offending examples), each
/// with a creating counterpart, so that no decision can pass by saying "not created" to everything.
/// </summary>
public sealed class ClauseAnalysisTests
{
    // The stance of the provision holding `measure` on it; the body is given as one article of a county document.
    private static MeasureStance StanceOf(string body, string measure)
    {
        var document = new DocumentReader().ReadText($"某县人民政府关于印发某县管理办法的通知\n{body}\n", "t.txt");
        var provision = document.AllProvisions.Where(p => p.Text.Contains(measure, StringComparison.Ordinal))
            .OrderBy(p => p.Text.Length).First();
        var clauses = new DocumentAnalysis(document).Clauses(provision);
        return clauses.StanceOf(clauses.Text.IndexOf(measure, StringComparison.Ordinal), measure.Length);
    }

    // Prohibitions: a real State Council sentence and the rule catalogue's creating counterpart.
    [TestCase("第一条 除贷款利息和担保费外，不得以保证金、承诺费、咨询费、顾问费、注册费、资料费等名义收取不合理费用，避免加重企业负担。", "收取不合理费用", MeasureStance.Prohibited)]
    [TestCase("第一条 行业协会要积极配合政府，为培训评价组织提供好服务环境支持，不得以任何方式收取费用或干预企业办学行为。", "收取费用", MeasureStance.Prohibited)]
    [TestCase("第一条 相关下属机构要优化服务，对于违规收取费用的要严肃处理。", "收取费用", MeasureStance.Prohibited)]
    [TestCase("第一条 入驻农贸市场的经营户应当缴纳5000元履约风险保证金。", "缴纳5000元履约风险保证金", MeasureStance.Created)]
    public void Prohibition(string body, string measure, MeasureStance expected) => Assert.That(StanceOf(body, measure), Is.EqualTo(expected));

    // A prohibition's scope ends where a sanction begins.
    [TestCase("第一条 不得擅自占用道路，违者处200元罚款。", "处200元罚款", MeasureStance.Created)]
    [TestCase("第一条 经营者不得哄抬价格，对拒不改正的，处以罚款。", "处以罚款", MeasureStance.Created)]
    public void ProhibitionScope_EndsAtSanction(string body, string measure, MeasureStance expected) => Assert.That(StanceOf(body, measure), Is.EqualTo(expected));

    // Items under a lead-in that forbids them: the Fair Competition Review Regulation's list as the cases quote it.
    [Test]
    public void ListItems_InheritTheLeadInsProhibition()
    {
        const string body = "第一条 起草单位起草的政策措施，没有法律、行政法规依据或者未经国务院批准，不得含有下列影响生产经营成本的内容：\n（一）给予特定经营者选择性、差异化的财政奖励或者补贴；\n（二）向特定经营者收取保证金。";
        Assert.That(StanceOf(body, "收取保证金"), Is.EqualTo(MeasureStance.Prohibited));
    }

    [Test]
    public void ListItems_UnderANeutralLeadIn_AreCreated()
    {
        const string body = "第一条 入驻企业应当履行下列义务：\n（一）按时缴纳环境治理费；\n（二）遵守园区管理制度。";
        Assert.That(StanceOf(body, "缴纳环境治理费"), Is.EqualTo(MeasureStance.Created));
    }

    // Mentions: a title in 《》, a quotation, a checklist question.
    [TestCase("第一条 用于检查的大型医用设备按照国家卫生健康委《大型医用设备配置许可管理目录》进行统计。", "许可", MeasureStance.Mentioned)]
    [TestCase("第一条 各地要清理名称中含有“黑名单”字样的制度。", "黑名单", MeasureStance.Mentioned)]
    [TestCase("第一条 审查机关应当审查文件是否违法设立收费项目。", "设立收费", MeasureStance.Mentioned)]
    [TestCase("第一条 从事大型医用设备经营的企业应当取得配置许可。", "取得配置许可", MeasureStance.Created)]
    public void Mention(string body, string measure, MeasureStance expected) => Assert.That(StanceOf(body, measure), Is.EqualTo(expected));

    // Recording duties and calculation bases (the examples) against the catalogue's creating counterparts.
    [TestCase("第一条 对实施查封、扣押的，执法人员应当全程录像。", "查封", MeasureStance.Mentioned)]
    [TestCase("第一条 对拒不整改的经营户，由县市场监督管理局查封其经营场所。", "查封", MeasureStance.Created)]
    [TestCase("第一条 举报查实后按罚没金额的5%给予奖励。", "罚没", MeasureStance.Mentioned)]
    [TestCase("第一条 罚款收入全额上缴国库。", "罚款", MeasureStance.Mentioned)]
    [TestCase("第一条 违反本办法规定乱倒垃圾的，处200元以上1000元以下罚款。", "罚款", MeasureStance.Created)]
    public void RecordingAndCalculationBase(string body, string measure, MeasureStance expected) => Assert.That(StanceOf(body, measure), Is.EqualTo(expected));

    // Reliefs: two State Council sentences, and the reduction, against a charge.
    [TestCase("第一条 继续落实有关规定，免收跨区作业的联合收割机、运输联合收割机和插秧机车辆的通行费。", "通行费", MeasureStance.Granted)]
    [TestCase("第一条 对悬挂专用号牌的车辆免征车辆购置税、免收车辆通行费和停车费。", "车辆通行费", MeasureStance.Granted)]
    [TestCase("第一条 对小微企业减半收取检验费。", "收取检验费", MeasureStance.Granted)]
    [TestCase("第一条 县环卫站按每户每月10元的标准收取卫生管理费。", "收取卫生管理费", MeasureStance.Created)]
    public void Relief(string body, string measure, MeasureStance expected) => Assert.That(StanceOf(body, measure), Is.EqualTo(expected));

    // Restatement of an upper law.
    [TestCase("第一条 对未取得许可擅自经营的，由市场监督管理部门依法吊销营业执照。", "吊销营业执照", MeasureStance.Restated)]
    [TestCase("第一条 对未取得许可擅自经营的，由市场监督管理部门吊销营业执照。", "吊销营业执照", MeasureStance.Created)]
    public void Restatement(string body, string measure, MeasureStance expected) => Assert.That(StanceOf(body, measure), Is.EqualTo(expected));

    [TestCase("本办法所称小微企业，是指符合国家划型标准的企业。", ClauseForce.Definition)]
    [TestCase("行政机关不得向企业摊派。", ClauseForce.Prohibition)]
    [TestCase("对小微企业减半收取检验费。", ClauseForce.Benefit)]
    [TestCase("经营者应当缴纳保证金。", ClauseForce.Obligation)]
    [TestCase("当事人可以申请听证。", ClauseForce.Permission)]
    [TestCase("行政机关应当自受理申请之日起20日内作出决定。", ClauseForce.Procedure)]
    [TestCase("具体标准依照《中华人民共和国个人所得税法》执行。", ClauseForce.Reference)]
    [TestCase("职业教育与普通教育是两种不同教育类型。", ClauseForce.Statement)]
    public void SentenceForce(string sentence, ClauseForce expected) => Assert.That(ClauseAnalyzer.ForceOf(sentence), Is.EqualTo(expected));

    [Test]
    public void SentencesSplitAtStops_AndAreCachedPerProvision()
    {
        var document = new DocumentReader().ReadText("某县人民政府关于印发某县管理办法的通知\n第一条 经营者应当缴纳保证金；行政机关不得摊派。\n", "t.txt");
        var provision = document.AllProvisions.First(p => p.Text.Contains("保证金", StringComparison.Ordinal));
        var analysis = new DocumentAnalysis(document);
        var clauses = analysis.Clauses(provision);
        Assert.Multiple(() =>
        {
            Assert.That(clauses.Sentences.Select(s => s.Force), Is.EqualTo(new[] { ClauseForce.Obligation, ClauseForce.Prohibition }));
            Assert.That(analysis.Clauses(provision), Is.SameAs(clauses));
            Assert.That(clauses.SentenceAt(clauses.Text.IndexOf("摊派", StringComparison.Ordinal)).Force, Is.EqualTo(ClauseForce.Prohibition));
        });
    }
}
