using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.SampleHost.Cases;

namespace LegalReview.SampleHost.Tests;

public sealed class HighlightRendererTests
{
    [Test]
    public void OverlappingFindings_SplitIntoMarksAtEveryBoundary_AndTextIsEncoded()
    {
        var doc = new DocumentReader().ReadText("第一条 <企业> 应当缴纳保证金。\n第二条 本办法自印发之日起施行。", "t.txt");
        var paragraph = doc.Paragraphs.First(p => p.Text.Contains("保证金", StringComparison.Ordinal));
        var at = paragraph.Offset + paragraph.Text.IndexOf("缴纳保证金", StringComparison.Ordinal);
        var findings = new[]
        {
            Make("LR2001", at, 5, FindingSeverity.Error),
            Make("LR2002", at + 2, 3, FindingSeverity.Warning) with { Message = "另一问题" },
        };

        var html = Render(paragraph, findings);

        Assert.That(html, Does.Contain("&lt;企业&gt;"));
        var first = FindingKeys.Of(findings[0]);
        var second = FindingKeys.Of(findings[1]);
        Assert.That(html, Does.Contain($"<mark class=\"error\" data-findings=\"{first}\""));
        Assert.That(html, Does.Contain($"data-findings=\"{first} {second}\""));
        Assert.That(html, Does.Contain(">缴纳</a></mark>"));
        Assert.That(html, Does.Contain($">保证金</a><sup class=\"refs\"><a href=\"#f-{first}\">LR2001</a><a href=\"#f-{second}\">LR2002</a></sup></mark>"),
            "words covered by several findings list all of them");
        Assert.That(html, Does.Contain($"<a class=\"anchor\" id=\"m-{first}\"></a>"), "each finding's words start at an anchor its card links to");
        Assert.That(html, Does.Contain($"<a class=\"anchor\" id=\"m-{second}\"></a>"));
        Assert.That(Render(doc.Paragraphs.Last(), findings), Does.Not.Contain("<mark"));
    }

    [Test]
    public void WordsOnlyAHintPointsAt_AreMarkedAsAHint_NotBySeverity()
    {
        var doc = new DocumentReader().ReadText("第一条 企业应当缴纳保证金，并接受检查。", "t.txt");
        var paragraph = doc.Paragraphs.First(p => p.Text.Contains("保证金", StringComparison.Ordinal));
        var at = paragraph.Offset + paragraph.Text.IndexOf("缴纳保证金", StringComparison.Ordinal);
        var hint = Make("LR0104", at, 5, FindingSeverity.Warning) with { Source = FindingSource.Classifier };
        var rule = Make("LR2010", at + 2, 3, FindingSeverity.Info);

        var html = Render(paragraph, [hint, rule]);

        Assert.That(html, Does.Contain($"<mark class=\"hint\" data-findings=\"{FindingKeys.Of(hint)}\""), "缴纳: the hint alone");
        Assert.That(html, Does.Contain($"<mark class=\"info\" data-findings=\"{FindingKeys.Of(hint)} {FindingKeys.Of(rule)}\""), "保证金: the rule's severity, not the hint's");
    }

    private static string Render(LegalReview.Documents.DocumentParagraph p, Finding[] findings)
    {
        using var writer = new StringWriter();
        HighlightRenderer.Render(p, findings).WriteTo(writer, HighlightRenderer.Encoder);
        return writer.ToString();
    }

    private static Finding Make(string id, int offset, int length, FindingSeverity severity) => new()
    {
        RuleId = id,
        Title = "测试",
        Category = RuleCategory.Form,
        Severity = severity,
        Location = new FindingLocation("第一条", "第一条", offset, length, 0),
        Quote = string.Empty,
        Message = "测试",
        LegalBasis = [],
    };
}
