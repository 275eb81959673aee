using System.Text.Json;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Json;
using LegalReview.Review;

namespace LegalReview.Classifier.Tests.Cases;

[TestFixture]
public sealed class NearestCaseStageTests
{
    private const string Draft = """
        某县人民政府关于印发某县促进工业经济发展若干措施的通知
        第一条 为促进工业经济发展，制定本措施。
        第二条 享受扶持的企业须在本县设立独立核算的子公司。
        """;

    /// <summary>
    /// A classifier that leans to a label below its threshold on texts with a keyword (rights at 0.6, under the default
    /// 0.7: competition's own default, 0.5, leaves no room between the vote's gate and the threshold), and a finder
    /// whose neighbours vote for competition with a fixed share.
    /// </summary>
    private sealed class StubClassifier(string keyword, double voteShare, string? reportedKeyword = null) : IProvisionClassifier, INearestCaseFinder
    {
        public List<string> LookedUp { get; } = [];

        public IReadOnlyList<ClassifierPrediction> Classify(IReadOnlyList<string> texts) =>
            texts.Select(t => reportedKeyword is not null && t.Contains(reportedKeyword, StringComparison.Ordinal)
                ? new ClassifierPrediction("rights", 0.9, [])
                : t.Contains(keyword, StringComparison.Ordinal)
                ? new ClassifierPrediction("rights", 0.6, [])
                : new ClassifierPrediction(ClassifierLabels.Ok, 0.95, [])).ToArray();

        public IReadOnlyList<NearestCase?> FindNearest(IReadOnlyList<string> texts)
        {
            LookedUp.AddRange(texts);
            return texts.Select(t => (NearestCase?)new NearestCase("X1", "某通报", "某县政府", "2024-03-04", "某县要求企业在本地设立子公司", "市场准入和退出", 0.41)
            {
                Category = "competition",
                VoteLabel = "competition",
                VoteShare = voteShare,
            }).ToArray();
        }
    }

    private static ReviewResult Review(StubClassifier classifier) =>
        new ReviewEngine([], new ReviewOptions(), classifier: classifier).Review(new DocumentReader().ReadText(Draft, "draft.txt"));

    [Test]
    public void AUnanimousVote_ReportsTheProvision_AsTheNeighboursSignal()
    {
        var classifier = new StubClassifier("子公司", 0.97);
        var f = Review(classifier).Findings.Single(x => x.Category == RuleCategory.Competition);
        Assert.That(f.Source, Is.EqualTo(FindingSource.NearestCases));
        Assert.That(f.RuleId, Is.EqualTo("LR0107"));
        Assert.That(f.Location.Label, Is.EqualTo("第二条"));
        Assert.That(f.Confidence, Is.EqualTo(0.97));
        Assert.That(f.NearestCase?.Id, Is.EqualTo("X1"));
        Assert.That(f.Message, Does.Contain("近邻一致度 0.97"));
    }

    [Test]
    public void AVoteBelowItsThreshold_ReportsNothing()
    {
        Assert.That(Review(new StubClassifier("子公司", 0.6)).Findings.Where(x => x.Category == RuleCategory.Competition), Is.Empty);
    }

    [Test]
    public void ALeadIn_WhoseItemIsReported_GetsNoVoteOfItsOwn()
    {
        const string draft = """
            某县人民政府关于印发某县促进工业经济发展若干措施的通知
            第一条 为促进工业经济发展，制定本措施。
            第二条 申请扶持资金的企业应当同时具备下列条件：
            （一）在本县设立独立核算的子公司；
            （二）近三年无重大违法记录。
            第三条 申请扶持资金的企业应当按期报送统计资料。
            """;
        var classifier = new StubClassifier("扶持资金", 0.97, reportedKeyword: "子公司");
        var findings = new ReviewEngine([], new ReviewOptions(), classifier: classifier).Review(new DocumentReader().ReadText(draft, "draft.txt")).Findings;
        Assert.That(findings.Where(f => f.Source == FindingSource.Classifier).Select(f => f.Location.Label), Is.EqualTo(new[] { "第二条第（一）项" }));
        Assert.That(findings.Where(f => f.Source == FindingSource.NearestCases).Select(f => f.Location.Label), Is.EqualTo(new[] { "第三条" }),
            "the lead-in's defect is reported at its item; a provision that is not a lead-in is still voted on");
    }

    [Test]
    public void OnlyProvisionsTheClassifierDoesNotCallCompliant_AreLookedUp()
    {
        var classifier = new StubClassifier("子公司", 0.6);
        Review(classifier);
        Assert.That(classifier.LookedUp, Is.EqualTo(new[] { "享受扶持的企业须在本县设立独立核算的子公司。" }));
    }

    [Test]
    public void TheJsonReport_CarriesTheNearestCaseAndTheSignalsName()
    {
        using var json = JsonDocument.Parse(ReviewJsonWriter.ToJson(Review(new StubClassifier("子公司", 0.97))));
        Assert.That(json.RootElement.GetProperty("schemaVersion").GetString(), Is.EqualTo("1.2"));
        Assert.That(json.RootElement.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("category").GetString() == "competition"), Is.False, "a hint is not among the rules' findings");
        var finding = json.RootElement.GetProperty("hints").EnumerateArray().Single(f => f.GetProperty("category").GetString() == "competition");
        Assert.That(finding.GetProperty("source").GetString(), Is.EqualTo("nearest-cases"));
        var nc = finding.GetProperty("nearestCase");
        Assert.That(nc.GetProperty("bulletin").GetString(), Is.EqualTo("某通报"));
        Assert.That(nc.GetProperty("issuer").GetString(), Is.EqualTo("某县政府"));
        Assert.That(nc.GetProperty("date").GetString(), Is.EqualTo("2024-03-04"));
        Assert.That(nc.GetProperty("title").GetString(), Is.EqualTo("某县要求企业在本地设立子公司"));
        Assert.That(nc.GetProperty("violationType").GetString(), Is.EqualTo("市场准入和退出"));
        Assert.That(nc.GetProperty("similarity").GetDouble(), Is.EqualTo(0.41));
    }
}
