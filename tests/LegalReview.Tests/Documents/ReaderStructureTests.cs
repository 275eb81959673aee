using LegalReview.Documents;
using LegalReview.Documents.Reading;

namespace LegalReview.Tests.Documents;

/// <summary>Structure recognition details that the seed drafts do not cover.</summary>
public sealed class ReaderStructureTests
{
    private static NormativeDocument Read(string text) => new DocumentReader().ReadText(text, "t.txt");

    [Test]
    public void EffectiveAndValidityClauses_AreParsedInTheirForms()
    {
        var doc = Read("某某办法\n第一条 为了……制定本办法。\n第二条 本办法自印发之日起30日后施行，有效期至2030年2月28日。\n某某局\n2025年1月10日");
        Assert.That(doc.EffectiveDate!.Kind, Is.EqualTo(EffectiveDateKind.DaysAfterIssue));
        Assert.That(doc.EffectiveDate.DaysAfterIssue, Is.EqualTo(30));
        Assert.That(doc.EffectiveDate.Resolve(doc.IssueDate!.Value), Is.EqualTo(new DateOnly(2025, 2, 9)));
        Assert.That(doc.Validity!.Until!.Value, Is.EqualTo(new DateOnly(2030, 2, 28)));
        Assert.That(doc.GetText(doc.EffectiveDate.Span), Is.EqualTo("自印发之日起30日后施行"));
    }

    [Test]
    public void ChineseNumeralDays_AndYears()
    {
        var doc = Read("某某办法\n第一条 本办法自发布之日起三十日后施行，有效期三年。");
        Assert.That(doc.EffectiveDate!.DaysAfterIssue, Is.EqualTo(30));
        Assert.That(doc.Validity!.Years, Is.EqualTo(3));
    }

    [Test]
    public void ArticleNumbers_Past9999_AreArticles()
    {
        // Only generated scaling drafts reach these numbers; before, "第一万条" was read as text of the article before it.
        var doc = Read("某某办法\n第九千九百九十九条 申请人应当提交材料。\n第一万条 材料应当真实。\n第一万零一条 本办法自印发之日起施行。");
        Assert.That(doc.Articles.Select(a => a.Number), Is.EqualTo(new int?[] { 9999, 10000, 10001 }));
        Assert.That(doc.Articles[1].Text, Is.EqualTo("材料应当真实。"));
    }

    [Test]
    public void ArticleReferenceAtParagraphStart_IsNotAnArticle()
    {
        var doc = Read("某某办法\n第一条 申请人应当提交材料。\n第一条规定的材料应当真实。");
        Assert.That(doc.Articles, Has.Count.EqualTo(1));
        Assert.That(doc.Articles[0].Children.Count(c => c.Kind == ProvisionKind.Clause), Is.EqualTo(2));
    }

    [Test]
    public void ClausesAndItems_GetLawyerLabels()
    {
        var doc = Read("某某办法\n第一章 总则\n第一条 第一款。\n第二款，有下列情形之一的：\n（一）甲；\n（二）乙。\n第三款。");
        var labels = doc.AllProvisions.Select(p => p.Label).ToArray();
        Assert.That(labels, Is.EqualTo(new[] { "第一章", "第一条", "第一条第一款", "第一条第二款", "第一条第二款第（一）项", "第一条第二款第（二）项", "第一条第三款" }));
        Assert.That(doc.AllProvisions.Last(p => p.Kind == ProvisionKind.Item).PathLabel, Is.EqualTo("第一章 第一条 第二款 第（二）项"));
    }

    [Test]
    public void Citations_AreFoundWithArticles()
    {
        var doc = Read("某某办法\n第一条 根据《中华人民共和国行政许可法》第十七条和《城市道路管理条例》的规定，制定本办法。");
        Assert.That(doc.Citations.Select(c => (c.Name, c.Article)), Is.EqualTo(new[] { ("中华人民共和国行政许可法", (int?)17), ("城市道路管理条例", (int?)null) }));
        Assert.That(doc.GetText(doc.Citations[0].Span), Is.EqualTo("《中华人民共和国行政许可法》第十七条"));
    }

    [Test]
    public void RepealClause_IsFound()
    {
        var doc = Read("某某办法\n第一条 本办法自2025年1月1日起施行。原《某某暂行办法》（晋政〔2019〕3号）同时废止。");
        Assert.That(doc.GetText(doc.RepealClause!.Value), Does.StartWith("《某某暂行办法》").And.EndWith("同时废止"));
    }
}
