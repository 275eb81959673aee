using LegalReview.Classifier.Cases;
using LegalReview.Documents.Reading;
using LegalReview.Review;

namespace LegalReview.Classifier.Tests.Cases;

[TestFixture]
public sealed class CaseIndexTests
{
    private static readonly PublishedCase[] Bank =
    [
        new("A1", "获得奖励的企业十年内不得将注册地迁出本县，迁出的须退回全部奖励资金。", "competition", "cost", "影响生产经营成本", "甲通报", "甲县政府", "2024-01-02", "甲县以奖励锁定企业注册地", "bulletin:甲", true),
        new("B1", "政府投资工程只允许在本市设立分公司的建筑企业参加投标。", "competition", "entry", "市场准入和退出", "乙通报", "乙市住建局", "2023-05-06", "乙市要求投标企业在本地设立分公司", "bulletin:乙", true),
        new("C1", "经营者申请开业须先取得街道办事处出具的同意证明。", "license", "license", "违法设定行政许可", "丙通报", "丙街道", "", "丙街道增设开业证明", "bulletin:丙", false),
    ];

    private static CaseIndex? s_index;

    private static CaseIndex Index => s_index ??= new CaseIndex(Bank);

    [OneTimeTearDown]
    public void TearDown() => s_index?.Dispose();

    [Test]
    public void TheNearestCaseSharesTheConcept_NotJustCharacters()
    {
        var hits = Index.Search("享受奖励的企业五年内注册地迁出本县的，应当退回奖励资金。", 3);
        Assert.That(hits[0].Case.Id, Is.EqualTo("A1"));
        Assert.That(hits[0].Similarity, Is.GreaterThan(hits[^1].Similarity));
        Assert.That(hits[0].Similarity, Is.InRange(0.0, 1.0));
    }

    [Test]
    public void LeaveSourceOut_SkipsTheCasesOfTheExcludedSource()
    {
        var text = "享受奖励的企业五年内注册地迁出本县的，应当退回奖励资金。";
        Assert.That(Index.Search(text, 3, "bulletin:甲").Select(h => h.Case.Id), Does.Not.Contain("A1"));
        Assert.That(Index.Nearest(text, "bulletin:甲")?.Id, Is.Not.EqualTo("A1"));
    }

    [Test]
    public void Nearest_CarriesTheProvenanceAndTheVote()
    {
        var nearest = Index.Nearest("投标企业须在本市设立分公司。");
        Assert.That(nearest, Is.Not.Null);
        Assert.That(nearest!.Id, Is.EqualTo("B1"));
        Assert.That(nearest.Bulletin, Is.EqualTo("乙通报"));
        Assert.That(nearest.Issuer, Is.EqualTo("乙市住建局"));
        Assert.That(nearest.Date, Is.EqualTo("2023-05-06"));
        Assert.That(nearest.ViolationType, Is.EqualTo("市场准入和退出"));
        Assert.That(nearest.VoteLabel, Is.EqualTo("competition"));
        Assert.That(nearest.VoteShare, Is.InRange(0.0, 1.0));
        Assert.That(nearest.Describe(), Does.StartWith("参考案例：乙通报（2023-05-06）：乙市要求投标企业在本地设立分公司（乙市住建局；市场准入和退出；相似度 "));
    }

    [Test]
    public void ATextSharingNoWord_HasNoNearestCase()
    {
        Assert.That(Index.Nearest("，。；"), Is.Null);
    }

    [Test]
    public void TheEmbeddedBank_HasEveryRealProblemCaseWithItsSource()
    {
        var cases = CaseBank.Cases;
        Assert.That(cases, Has.Count.GreaterThan(300));
        Assert.That(cases.Select(c => c.Id).Distinct().Count(), Is.EqualTo(cases.Count));
        Assert.That(cases.Select(c => c.Bulletin), Is.All.Not.Empty);
        Assert.That(cases.Select(c => c.Group), Is.All.Not.Empty);
        Assert.That(cases.Where(c => !c.Verbatim).Select(c => c.Id), Is.All.StartsWith("FRS"), "only the bulletin summaries are paraphrase");
    }

    [Test]
    public void EveryContentFinding_CarriesItsNearestPublishedCase()
    {
        const string draft = """
            某县人民政府关于印发某县促进工业经济发展若干措施的通知
            第一条 为促进本县工业经济发展，制定本措施。
            第二条 获得奖励的企业五年内不得将注册地变更至本县以外，否则收回全部奖励资金。
            第三条 本措施自2026年1月1日起施行，有效期五年。
            """;
        var classifier = new ProvisionClassifier();
        var result = new ReviewEngine([], new ReviewOptions(), classifier: classifier).Review(new DocumentReader().ReadText(draft, "draft.txt"));
        var content = result.Findings.Where(f => f.Category == RuleCategory.Competition).ToArray();
        Assert.That(content, Is.Not.Empty);
        Assert.That(content.Select(f => f.NearestCase), Is.All.Not.Null);
        Assert.That(content.Select(f => f.NearestCase!.Bulletin), Is.All.Not.Empty);
    }

    [Test]
    public void WithNearestCasesSwitchedOff_FindingsCarryNone()
    {
        const string draft = """
            某县人民政府关于印发某县促进工业经济发展若干措施的通知
            第一条 获得奖励的企业五年内不得将注册地变更至本县以外，否则收回全部奖励资金。
            """;
        var options = new ReviewOptions();
        options.Classifier.NearestCases = false;
        var result = new ReviewEngine([], options, classifier: new ProvisionClassifier()).Review(new DocumentReader().ReadText(draft, "draft.txt"));
        Assert.That(result.Findings, Is.Not.Empty);
        Assert.That(result.Findings.Select(f => f.NearestCase), Is.All.Null);
    }
}
