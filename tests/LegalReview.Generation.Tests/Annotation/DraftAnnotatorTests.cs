using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Annotation;
using LegalReview.Generation.Tests.Support;
using LegalReview.Review;

namespace LegalReview.Generation.Tests.Annotation;

public sealed class DraftAnnotatorTests
{
    private static readonly DateTime CommentDate = new(2024, 3, 5, 9, 30, 0, DateTimeKind.Utc);

    internal static byte[] Draft() => new TestDocxBuilder()
        .Paragraph("晋江市农贸市场经营管理办法")
        .CommentedParagraph("第一条 为了规范农贸市场经营秩序，制定本办法。", "请起草单位补充上位法依据。")
        .Paragraph("第二条 入场销售者", "应当向市场开办者缴纳诚信经营", "保证金后方可入场经营。")
        .TrackedChangeParagraph("第三条 本办法自", "2024年4月1日", "2024年5月1日", "起施行。")
        .SoftBrokenParagraph("第四条 市场开办者应当履行下列义务：", "　　（一）建立入场销售者档案；", "（二）每日收取卫生管理押金。")
        .Table(["序号", "收费项目", "标准"], ["1", "摊位管理押金", "每月500元"])
        .Paragraph("第五条 本办法由市市场监督管理局负责解释。")
        .Build();

    private static (byte[] Output, AnnotationReport Report, byte[] Input) Annotate(params Func<Documents.NormativeDocument, Finding>[] make)
    {
        var input = Draft();
        var pristine = input.ToArray();
        var doc = new DocumentReader().Read(input, "draft.docx");
        var findings = make.Select(m => m(doc)).ToList();
        using var inStream = new MemoryStream(input, writable: false);
        using var outStream = new MemoryStream();
        var report = DraftAnnotator.Annotate(inStream, outStream, doc, findings, new AnnotationOptions { Date = CommentDate });
        Assert.That(input, Is.EqualTo(pristine), "the submitted file must not change");
        return (outStream.ToArray(), report, input);
    }

    [Test]
    public void QuoteSpanningThreeRuns_IsAnchoredOnExactlyTheQuote()
    {
        const string quote = "应当向市场开办者缴纳诚信经营保证金";
        var (output, report, _) = Annotate(d => Findings.At(d, quote));

        OpenXmlAssert.IsValidDocx(output);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var commented = OpenXmlAssert.CommentedText(doc);
        var comment = doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Last();
        Assert.Multiple(() =>
        {
            Assert.That(report, Is.EqualTo(new AnnotationReport(1, 0)));
            Assert.That(commented[comment.Id!.Value!], Is.EqualTo(quote));
            Assert.That(comment.Author?.Value, Is.EqualTo("LegalReview"));
            Assert.That(comment.Initials?.Value, Is.EqualTo("LR"));
            Assert.That(comment.InnerText, Does.Contain("LR2010").And.Contain("违法设定保证金").And.Contain("《优化营商环境条例》第二十五条").And.Contain("删除缴纳保证金的要求"));
            Assert.That(OpenXmlAssert.BodyText(doc), Does.Contain("第二条 入场销售者应当向市场开办者缴纳诚信经营保证金后方可入场经营。"));
        });
    }

    [Test]
    public void HintComments_AreMarkedAsModelHints_RuleCommentsAreNot()
    {
        var (output, _, _) = Annotate(d => Findings.At(d, "诚信经营保证金"), d => Findings.Hint(d, "建立入场销售者档案"), d => Findings.Hint(d, "卫生管理押金", FindingSource.NearestCases));

        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var commented = OpenXmlAssert.CommentedText(doc);
        var comments = doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().ToDictionary(c => commented[c.Id!.Value!], c => c.InnerText);
        Assert.Multiple(() =>
        {
            Assert.That(comments["诚信经营保证金"], Does.StartWith("【LR2010】"));
            Assert.That(comments["建立入场销售者档案"], Does.StartWith("【模型提示】【LR0104】"));
            Assert.That(comments["卫生管理押金"], Does.StartWith("【模型提示】【LR0104】"));
        });
    }

    [Test]
    public void SplitRuns_KeepTheirFormatting()
    {
        var (output, _, _) = Annotate(d => Findings.At(d, "向市场开办者缴纳"));

        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var runs = doc.MainDocumentPart!.Document!.Body!.Descendants<Run>()
            .Where(r => r.InnerText.Length > 0 && "应当向市场开办者缴纳诚信经营".Contains(r.InnerText, StringComparison.Ordinal))
            .ToList();
        Assert.That(runs.Select(r => r.InnerText), Is.EqualTo(new[] { "应当", "向市场开办者缴纳", "诚信经营" }));
        Assert.That(runs.All(r => r.RunProperties?.Bold is not null), Is.True, "the pieces of the bold run stay bold");
    }

    [Test]
    public void QuoteInTableCell_IsAnchoredInTheCell()
    {
        var (output, report, _) = Annotate(d => Findings.At(d, "位管理押"));

        OpenXmlAssert.IsValidDocx(output);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var start = doc.MainDocumentPart!.Document!.Body!.Descendants<CommentRangeStart>().Single(s => s.Id!.Value != "0");
        Assert.Multiple(() =>
        {
            Assert.That(report.Anchored, Is.EqualTo(1));
            Assert.That(OpenXmlAssert.CommentedText(doc)[start.Id!.Value!], Is.EqualTo("位管理押"));
            Assert.That(start.Ancestors<TableCell>().Any(), Is.True);
        });
    }

    [Test]
    public void QuoteAfterSoftBreak_AndIndentedLine_AreAnchored()
    {
        var (output, report, _) = Annotate(
            d => Findings.At(d, "收取卫生管理押金"),
            d => Findings.At(d, "建立入场销售者档案"));

        OpenXmlAssert.IsValidDocx(output);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var texts = OpenXmlAssert.CommentedText(doc);
        Assert.Multiple(() =>
        {
            Assert.That(report, Is.EqualTo(new AnnotationReport(2, 0)));
            Assert.That(texts.Values, Is.SupersetOf(new[] { "收取卫生管理押金", "建立入场销售者档案" }));
        });
    }

    [Test]
    public void ExistingCommentAndTrackedChanges_Survive_WithUniqueIds()
    {
        var (output, _, _) = Annotate(d => Findings.At(d, "本办法自2024年5月1日起施行"), d => Findings.At(d, "为了规范农贸市场经营秩序"));

        OpenXmlAssert.IsValidDocx(output);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var comments = doc.MainDocumentPart.WordprocessingCommentsPart!.Comments!.Elements<Comment>().ToList();
        var texts = OpenXmlAssert.CommentedText(doc);
        Assert.Multiple(() =>
        {
            Assert.That(comments, Has.Count.EqualTo(3));
            Assert.That(comments.Select(c => c.Id!.Value), Is.Unique);
            Assert.That(comments[0].Author?.Value, Is.EqualTo("张科长"));
            Assert.That(comments[0].InnerText, Is.EqualTo("请起草单位补充上位法依据。"));
            Assert.That(texts["0"], Is.EqualTo("第一条 为了规范农贸市场经营秩序，制定本办法。"));
            Assert.That(texts.Values, Does.Contain("本办法自2024年5月1日起施行"));
            Assert.That(texts.Values, Does.Contain("为了规范农贸市场经营秩序"));
            Assert.That(body.Descendants<InsertedRun>().Single().InnerText, Is.EqualTo("2024年5月1日"));
            Assert.That(body.Descendants<DeletedRun>().Single().Descendants<DeletedText>().Single().Text, Is.EqualTo("2024年4月1日"));
        });
    }

    [Test]
    public void DocumentLevelFinding_IsCommentedAtTheStartOfTheFirstParagraph()
    {
        var (output, report, _) = Annotate(_ => Findings.DocumentLevel());

        OpenXmlAssert.IsValidDocx(output);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var first = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();
        Assert.Multiple(() =>
        {
            Assert.That(report, Is.EqualTo(new AnnotationReport(0, 1)));
            Assert.That(first.Elements<CommentRangeStart>().Count(), Is.EqualTo(1));
            Assert.That(first.Descendants<CommentReference>().Count(), Is.EqualTo(1));
            Assert.That(first.InnerText, Is.EqualTo("晋江市农贸市场经营管理办法"));
        });
    }

    [Test]
    public void QuoteNotInRuns_FallsBackToParagraphStart()
    {
        var (output, report, _) = Annotate(d => Findings.At(d, "第五条") with { Quote = "第伍条" });

        OpenXmlAssert.IsValidDocx(output);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output), false);
        var start = doc.MainDocumentPart!.Document!.Body!.Descendants<CommentRangeStart>().Single(s => s.Id!.Value != "0");
        var comment = doc.MainDocumentPart.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Last();
        Assert.Multiple(() =>
        {
            Assert.That(report, Is.EqualTo(new AnnotationReport(0, 1)));
            Assert.That(((Paragraph)start.Parent!).InnerText, Does.StartWith("第五条"));
            Assert.That(comment.InnerText, Does.Contain("未能在本段文字中定位"));
        });
    }

    [Test]
    public void SampleReview_EveryActiveFindingGetsAComment()
    {
        var docx = SampleReview.Docx();
        var result = SampleReview.ReviewDocx(docx);
        using var output = new MemoryStream();
        var report = DraftAnnotator.Annotate(new MemoryStream(docx, false), output, result, new AnnotationOptions { Date = CommentDate });

        OpenXmlAssert.IsValidDocx(output.ToArray());
        using var doc = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        var texts = OpenXmlAssert.CommentedText(doc);
        var active = result.ActiveFindings.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(active, Is.Not.Empty);
            Assert.That(report.Total, Is.EqualTo(active.Count));
            Assert.That(texts.Values.Where(t => t.Length > 0), Is.SubsetOf(active.Select(f => f.Quote)));
            Assert.That(report.Anchored, Is.EqualTo(active.Count(f => f.Quote.Length > 0 && f.Location.ParagraphIndex >= 0)));
        });
    }

    [Test]
    public void AutoNumberedArticle_QuoteAfterTheNumberIsAnchored_NumberItselfFallsBack()
    {
        var input = new TestDocxBuilder()
            .Paragraph("晋江市农贸市场经营管理办法")
            .NumberedArticle("市场开办者应当公示", "收费项目和收费标准。")
            .NumberedArticle("入场销售者应当缴纳押金。")
            .Build();
        var doc = new DocumentReader().Read(input, "numbered.docx");
        Assert.That(doc.Paragraphs[2].Text, Is.EqualTo("第二条 入场销售者应当缴纳押金。"), "the reader materialises the list number");
        Finding[] findings = [Findings.At(doc, "公示收费项目"), Findings.At(doc, "缴纳押金"), Findings.At(doc, "第二条")];
        using var output = new MemoryStream();
        var report = DraftAnnotator.Annotate(new MemoryStream(input, false), output, doc, findings, new AnnotationOptions { Date = CommentDate });

        OpenXmlAssert.IsValidDocx(output.ToArray());
        using var annotated = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        var texts = OpenXmlAssert.CommentedText(annotated);
        Assert.Multiple(() =>
        {
            Assert.That(report, Is.EqualTo(new AnnotationReport(2, 1)));
            Assert.That(texts["0"], Is.EqualTo("公示收费项目"));
            Assert.That(texts["1"], Is.EqualTo("缴纳押金"));
            Assert.That(texts["2"], Is.Empty, "the list number is not text: the comment sits at the paragraph start");
        });
    }

    [Test]
    public void DocumentReadFromText_IsRefused()
    {
        var text = new DocumentReader().ReadText(SampleReview.Text);
        Assert.That(
            () => DraftAnnotator.Annotate(new MemoryStream(Draft()), new MemoryStream(), text, [Findings.At(text, "保证金")]),
            Throws.ArgumentException);
    }
}
