using System.Text;
using System.Text.Json;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Annotation;
using LegalReview.Generation.Filing;
using LegalReview.Generation.Json;
using LegalReview.Generation.Opinion;
using LegalReview.Generation.Reports;
using LegalReview.Generation.Sarif;
using LegalReview.Generation.Statistics;
using LegalReview.Generation.Tests.Support;
using LegalReview.Review;

namespace LegalReview.Generation.Tests.Xml;

/// <summary>
/// Every writer accepts any .NET string: text holding every character XML 1.0 forbids (C0 controls but tab, LF and
/// CR; lone high and low surrogates; U+FFFE, U+FFFF) goes through each one, and each output is opened again and
/// validated.
/// </summary>
public sealed class HostileTextTests
{
    /// <summary>Every forbidden code point, lone surrogates at both ends and inside, a valid pair, and the allowed controls.</summary>
    private static readonly string Hostile = BuildHostile();

    [Test]
    public void Sanitize_ReplacesEveryForbiddenCharacter_AndKeepsEverythingElse()
    {
        var clean = XmlText.Sanitize(Hostile);

        Assert.That(clean, Has.Length.EqualTo(Hostile.Length), "one replacement per forbidden UTF-16 unit");
        Assert.That(() => XmlConvert.VerifyXmlChars(clean), Throws.Nothing);
        Assert.That(clean, Does.Contain("\t").And.Contain("\n").And.Contain("\r").And.Contain("😀").And.Contain("保证金"));
        Assert.That(clean.Count(c => c == XmlText.Replacement), Is.EqualTo(ForbiddenUnits));
        Assert.That(XmlText.NeedsSanitizing(clean), Is.False);
        Assert.That(XmlText.Sanitize("第六条 保证金😀"), Is.SameAs("第六条 保证金😀").Or.EqualTo("第六条 保证金😀"));
    }

    // Code points, not string literals: a lone surrogate in an attribute's string would be stored as U+FFFD.
    [TestCase(new[] { 0xD800 })]
    [TestCase(new[] { 0xDC00 })]
    [TestCase(new[] { 'a', 0xDBFF })]
    [TestCase(new[] { 0xDFFF, 'a' })]
    [TestCase(new[] { 0xDC00, 0xD800 })]
    [TestCase(new[] { 0xFFFE })]
    [TestCase(new[] { 0xFFFF })]
    [TestCase(new[] { 0x0000 })]
    [TestCase(new[] { 0x001F })]
    public void Sanitize_ReplacesASingleForbiddenCharacter(int[] units)
    {
        var text = new string(units.Select(u => (char)u).ToArray());

        Assert.That(XmlText.NeedsSanitizing(text), Is.True);
        Assert.That(() => XmlConvert.VerifyXmlChars(XmlText.Sanitize(text)), Throws.Nothing);
    }

    [Test]
    public void BatchReport_AcceptsHostileText_InEveryCell()
    {
        var result = HostileResult();
        BatchDocument[] batch =
        [
            new BatchDocument(Hostile + ".docx", result),
            BatchDocument.Recorded(Hostile, Hostile, Hostile, result.Findings, result.RuleFailures),
            new BatchDocument("bad-" + Hostile + ".docx", null, "读取失败：" + Hostile),
        ];
        using var ms = new MemoryStream();

        BatchReportWriter.Write(batch, ms);

        ms.Position = 0;
        using var workbook = SpreadsheetDocument.Open(ms, false);
        OpenXmlAssert.IsValid(workbook);
        var cells = string.Concat(workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()).Select(t => t.Text));
        Assert.That(cells, Does.Contain(XmlText.Replacement.ToString()).And.Contain("😀"));
    }

    [Test]
    public void CleanupReport_AcceptsHostileText()
    {
        var input = new CleanupReportInput
        {
            ReportingBody = Hostile,
            Scope = Hostile,
            Title = Hostile,
            Recipient = Hostile,
            ReportNumber = Hostile,
            Entries = [new CleanupEntry { Title = Hostile, DocumentNumber = Hostile, Action = CleanupAction.Amend, Reasons = [Hostile] }],
            IncompletelyReviewed = [Hostile],
            Date = new DateOnly(2024, 3, 5),
        };

        AssertValidDocx(ms => CleanupReportWriter.Write(input, ms));
    }

    [Test]
    public void OpinionLetter_AcceptsHostileText() =>
        AssertValidDocx(ms => OpinionLetterWriter.Write(HostileResult(), SampleDocuments.LetterInput with { DraftTitle = Hostile, ReviewingBody = Hostile, DraftingUnit = Hostile, ReviewerNotes = [Hostile], Contact = Hostile }, ms));

    [TestCase(FilingNoticeKind.SupplementaryExplanation)]
    [TestCase(FilingNoticeKind.Correction)]
    public void Notices_AcceptHostileText(FilingNoticeKind kind) =>
        AssertValidDocx(ms => FilingNoticeWriter.Write(kind, SampleDocuments.NoticeInput with
        {
            Reviewer = Hostile,
            Issuer = Hostile,
            DocumentTitle = Hostile,
            Items = [new FilingNoticeItem(Hostile, Hostile, Hostile, Hostile)],
            Contact = Hostile,
        }, ms));

    [Test]
    public void StatisticsReport_AcceptsHostileText() =>
        AssertValidDocx(ms => AnnualStatisticsDocxWriter.Write(SampleDocuments.Statistics with { Reporter = Hostile, Text = Hostile, Figures = [(Hostile, 1)] }, ms));

    [Test]
    public void AnnotatedDraft_AcceptsHostileText_InItsComments()
    {
        var docx = SampleReview.Docx();
        var doc = new DocumentReader().Read(docx, "draft.docx");
        var finding = Findings.At(doc, "保证金") with { Title = Hostile, Message = Hostile, Suggestion = Hostile, LegalBasis = [Hostile] };

        AssertValidDocx(ms => DraftAnnotator.Annotate(new MemoryStream(docx, false), ms, doc, [finding], new AnnotationOptions { Author = Hostile, Initials = Hostile }));
    }

    [Test]
    public void Json_And_Sarif_AcceptHostileText()
    {
        var result = HostileResult();
        using var sarif = new MemoryStream();

        var json = ReviewJsonWriter.ToJson(result);
        SarifWriter.Write([result], sarif);

        Assert.That(() => JsonDocument.Parse(json).Dispose(), Throws.Nothing);
        Assert.That(() => JsonDocument.Parse(sarif.ToArray()).Dispose(), Throws.Nothing);
    }

    // 29 C0 controls; lone surrogates at the start, after 第…, twice in a row and at the end; U+FFFE and U+FFFF.
    private const int ForbiddenUnits = 29 + 6 + 2;

    private static string BuildHostile()
    {
        var sb = new StringBuilder("\uDC01第六条 保证金😀\t\n\r");
        for (var c = 0; c < 0x20; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                sb.Append((char)c);
            }
        }

        // Lone high and low surrogates (one high right before a non-surrogate, one at the very end), and U+FFFE/U+FFFF.
        sb.Append('\uD800').Append('x').Append('\uDFFF').Append('\uDBFF').Append('\uDBFF').Append('\uFFFE').Append('\uFFFF');
        sb.Append("尾\uD83D");
        return sb.ToString();
    }

    private static ReviewResult HostileResult()
    {
        var docx = SampleReview.Docx();
        var doc = new DocumentReader().Read(docx, "draft.docx");
        var finding = Findings.At(doc, "保证金") with { Title = Hostile, Message = Hostile, Suggestion = Hostile, LegalBasis = [Hostile], Note = Hostile };
        return new ReviewResult(doc, [finding], ReviewProfile.National, ["LR2010"], TimeSpan.Zero, [new RuleFailure("LR9991", Hostile, Hostile, Hostile)]);
    }

    private static void AssertValidDocx(Action<Stream> write)
    {
        using var ms = new MemoryStream();
        write(ms);
        OpenXmlAssert.IsValidDocx(ms.ToArray());
    }
}
