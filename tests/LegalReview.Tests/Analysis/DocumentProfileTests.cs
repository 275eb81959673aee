using LegalReview.Analysis;
using LegalReview.Documents.Reading;

namespace LegalReview.Tests.Analysis;

/// <summary>The document profile on real headers (State Council documents in ../shared/data/documents/state-council) and county drafts.</summary>
public sealed class DocumentProfileTests
{
    private static DocumentProfile Profile(string text) =>
        new DocumentAnalysis(new DocumentReader().ReadText(text, "t.txt")).Profile;

    [Test]
    public void StateCouncilNotice_IsCentralGovernment()
    {
        var p = Profile("国务院关于印发国家职业教育改革实施方案的通知\n国发〔2019〕4号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。\n国务院\n2019年1月24日\n");
        Assert.Multiple(() =>
        {
            Assert.That(p.IssuerLevel, Is.EqualTo(IssuerLevel.Central));
            Assert.That(p.IsCentral, Is.True);
            Assert.That(p.ProcedureApplies, Is.False);
            Assert.That(p.Scope, Is.EqualTo(ReviewScope.Normative));
        });
    }

    [TestCase("某县人民政府关于印发某县农贸市场管理办法的通知", IssuerLevel.County)]
    [TestCase("某市人民政府关于印发某市城市管理办法的通知", IssuerLevel.City)]
    [TestCase("某省人民政府关于印发某省粮食储备管理办法的通知", IssuerLevel.Province)]
    [TestCase("某县某镇人民政府关于印发环境整治办法的通知", IssuerLevel.Township)]
    [TestCase("广西壮族自治区人民政府关于印发某办法的通知", IssuerLevel.Province)]
    public void IssuerLevel_FromTheTitle(string title, IssuerLevel expected) =>
        Assert.That(Profile($"{title}\n第一条 为了规范管理，制定本办法。\n").IssuerLevel, Is.EqualTo(expected));

    [TestCase("国务院关于印发国务院工作规则的通知", "工作规则")]
    [TestCase("某县人民政府关于印发2025年安全生产工作方案的通知", "工作方案")]
    [TestCase("国务院关于同意设立某某综合保税区的批复", "批复")]
    public void WorkRulesPlansAndReplies_AreOutOfScope(string title, string reason)
    {
        var p = Profile($"{title}\n一、总体要求\n各部门要加强协调。\n");
        Assert.Multiple(() =>
        {
            Assert.That(p.Scope, Is.EqualTo(ReviewScope.OutOfScope));
            Assert.That(p.ScopeReason, Is.EqualTo(reason));
        });
    }

    [Test]
    public void CountyMeasures_AreInScopeAndProcedureApplies()
    {
        var p = Profile("某县人民政府关于印发某县农贸市场管理办法的通知\n第一条 为了规范管理，制定本办法。\n");
        Assert.Multiple(() =>
        {
            Assert.That(p.Scope, Is.EqualTo(ReviewScope.Normative));
            Assert.That(p.ProcedureApplies, Is.True);
        });
    }

    [Test]
    public void ExcerptAndRepostTraces_AreRead()
    {
        var p = Profile("索引号：000014349/2019-00012\n发布机构：国务院办公厅\n某县农贸市场管理办法（节选）\n第一条 经营者应当遵守本办法,不得占道经营;违者依法处理.\n");
        Assert.Multiple(() =>
        {
            Assert.That(p.HasRepostMetadata, Is.True);
            Assert.That(p.Completeness, Is.EqualTo(TextCompleteness.Excerpt));
            Assert.That(p.HalfWidthPunctuation, Is.EqualTo(2));
        });
    }
}
