using System.IO.Compression;
using System.Text;
using LegalReview.Documents.Reading;

namespace LegalReview.Tests.Documents;

/// <summary>
/// The reader's own package layer (DocxPackage): relationship targets resolved against their part's folder, Strict
/// relationship types, external relationships counted, main parts that are not word/document.xml.
/// </summary>
public sealed class DocxPackageTests
{
    private const string Transitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Strict = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    [TestCase("/", "word/document.xml", "/word/document.xml")]
    [TestCase("/", "/word/document.xml", "/word/document.xml")]
    [TestCase("/word/document.xml", "numbering.xml", "/word/numbering.xml")]
    [TestCase("/word/document.xml", "./styles.xml", "/word/styles.xml")]
    [TestCase("/word/document.xml", "../customXml/item1.xml", "/customXml/item1.xml")]
    [TestCase("/word/document.xml", "/word/numbering.xml", "/word/numbering.xml")]
    [TestCase("/word/document.xml", "my%20styles.xml", "/word/my styles.xml")]
    [TestCase("/wps/%E6%AD%A3%E6%96%87.xml", "%E7%BC%96%E5%8F%B7.xml", "/wps/编号.xml")]
    [TestCase("/a/b/c.xml", "../../d.xml", "/d.xml")]
    public void RelationshipTargets_ResolveAgainstTheSourcePartsFolder(string source, string target, string expected) =>
        Assert.That(DocxPackage.ResolveTarget(source, target), Is.EqualTo(expected));

    [TestCase("/", "/_rels/.rels")]
    [TestCase("/word/document.xml", "/word/_rels/document.xml.rels")]
    public void RelationshipPart_SitsInTheRelsFolderBesideItsPart(string part, string expected) =>
        Assert.That(DocxPackage.RelationshipPartOf(part), Is.EqualTo(expected));

    [Test]
    public void MainPartElsewhere_WithRelativeAbsoluteAndPercentEncodedTargets_IsReadWithNumberingAndComments()
    {
        // WPS-like layout: the main part in its own folder under a non-ASCII name, numbering one folder up.
        var bytes = Package(new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = ContentTypes(("/wps/正文.xml", Wml + "document.main+xml"), ("/shared/编号.xml", Wml + "numbering+xml"), ("/wps/styles.xml", Wml + "styles+xml"), ("/wps/comments.xml", Wml + "comments+xml")),
            ["_rels/.rels"] = Rels((Transitional + "officeDocument", "wps/%E6%AD%A3%E6%96%87.xml", null)),
            ["wps/_rels/正文.xml.rels"] = Rels(
                (Transitional + "numbering", "../shared/%E7%BC%96%E5%8F%B7.xml", null),
                (Transitional + "styles", "/wps/styles.xml", null),
                (Transitional + "comments", "comments.xml", null)),
            ["wps/正文.xml"] = Document(W, NumberedParagraph("为了规范管理，制定本办法。", commentId: "7"), NumberedParagraph("本办法自发布之日起施行。")),
            ["shared/编号.xml"] = Numbering(W),
            ["wps/styles.xml"] = $"""<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Normal"/></w:styles>""",
            ["wps/comments.xml"] = $"""<w:comments xmlns:w="{W}"><w:comment w:id="7" w:author="张三"><w:p><w:r><w:t>第一段</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">第二段 </w:t></w:r></w:p></w:comment></w:comments>""",
        });

        var doc = new DocumentReader().Read(bytes, "elsewhere.docx");

        Assert.That(doc.Text, Does.Contain("第一条 为了规范管理").And.Contain("第二条 本办法自发布之日起施行"));
        Assert.That(doc.Properties.AutoNumberedParagraphs, Is.EqualTo(2));
        Assert.That(doc.Properties.HasComments, Is.True);
        Assert.That(doc.Properties.IsStrictOpenXml, Is.False);
        Assert.That(doc.Comments, Has.Count.EqualTo(1));
        Assert.That(doc.Comments[0].Author, Is.EqualTo("张三"));
        Assert.That(doc.Comments[0].Text, Is.EqualTo("第一段\n第二段"));
        Assert.That(doc.Comments[0].ParagraphIndex, Is.GreaterThanOrEqualTo(0));
    }

    [Test]
    public void StrictRelationshipTypes_FindTheMainPartNumberingAndApplication()
    {
        var bytes = Package(new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = ContentTypes(("/word/document.xml", Wml + "document.main+xml"), ("/word/numbering.xml", Wml + "numbering+xml"), ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")),
            ["_rels/.rels"] = Rels((Strict + "officeDocument", "word/document.xml", null), (Strict + "extendedProperties", "docProps/app.xml", null)),
            ["word/_rels/document.xml.rels"] = Rels((Strict + "numbering", "numbering.xml", null)),
            ["word/document.xml"] = Document(W, NumberedParagraph("为了规范管理，制定本办法。")), // transitional body: Strict comes from the relationships
            ["word/numbering.xml"] = Numbering(WStrict),
            ["docProps/app.xml"] = """<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties"><Application>WPS Office</Application></Properties>""",
        });

        var doc = new DocumentReader().Read(bytes, "strict.docx");

        Assert.That(doc.Properties.IsStrictOpenXml, Is.True);
        Assert.That(doc.Properties.Application, Is.EqualTo("WPS Office"));
        Assert.That(doc.Text, Does.Contain("第一条 为了规范管理"));
    }

    [Test]
    public void ExternalRelationships_AreCountedAcrossParts_AndNeverFetched()
    {
        var bytes = Package(new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = ContentTypes(("/word/document.xml", Wml + "document.main+xml"), ("/word/header1.xml", Wml + "header+xml")),
            ["_rels/.rels"] = Rels((Transitional + "officeDocument", "/word/document.xml", null)),
            ["word/_rels/document.xml.rels"] = Rels(
                (Transitional + "hyperlink", "https://example.invalid/law", "External"),
                (Transitional + "attachedTemplate", "file:///C:/templates/normal.dotm", "External"),
                (Transitional + "header", "header1.xml", null)),
            ["word/_rels/header1.xml.rels"] = Rels((Transitional + "image", "http://example.invalid/logo.png", "External")),
            ["word/document.xml"] = Document(W, "<w:p><w:r><w:t>正文。</w:t></w:r></w:p>"),
            ["word/header1.xml"] = $"""<w:hdr xmlns:w="{W}"><w:p/></w:hdr>""",
        });

        var doc = new DocumentReader().Read(bytes, "external.docx");

        // The external hyperlink is not counted (the package layer kept hyperlinks apart); the template and the header image are.
        Assert.That(doc.Properties.ExternalRelationships, Is.EqualTo(2));
    }

    [Test]
    public void NoOfficeDocumentRelationship_IsMissingMainDocument()
    {
        var bytes = Package(new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = ContentTypes(("/word/document.xml", Wml + "document.main+xml")),
            ["_rels/.rels"] = Rels((Transitional + "extended-properties", "docProps/app.xml", "External")),
            ["word/document.xml"] = Document(W, "<w:p><w:r><w:t>正文。</w:t></w:r></w:p>"),
        });

        var ex = Assert.Throws<DocumentReadException>(() => new DocumentReader().Read(bytes, "no-main.docx"));
        Assert.That(ex!.Reason, Is.EqualTo(DocumentReadError.MissingMainDocument));
    }

    [Test]
    public void RelationshipToAMissingPart_IsCorruptPackage()
    {
        var bytes = Package(new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = ContentTypes(("/word/document.xml", Wml + "document.main+xml")),
            ["_rels/.rels"] = Rels((Transitional + "officeDocument", "word/document.xml", null)),
            ["word/_rels/document.xml.rels"] = Rels((Transitional + "numbering", "numbering.xml", null)),
            ["word/document.xml"] = Document(W, "<w:p><w:r><w:t>正文。</w:t></w:r></w:p>"),
        });

        var ex = Assert.Throws<DocumentReadException>(() => new DocumentReader().Read(bytes, "dangling.docx"));
        Assert.That(ex!.Reason, Is.EqualTo(DocumentReadError.CorruptPackage));
    }

    private static string NumberedParagraph(string text, string? commentId = null) =>
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        + (commentId is null ? string.Empty : $"<w:commentRangeStart w:id=\"{commentId}\"/>")
        + $"<w:r><w:t>{text}</w:t></w:r></w:p>";

    private static string Document(string ns, params string[] paragraphs) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{ns}"><w:body>{string.Concat(paragraphs)}</w:body></w:document>""";

    private static string Numbering(string ns) =>
        $"""<w:numbering xmlns:w="{ns}"><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num></w:numbering>""";

    private static string ContentTypes(params (string Part, string Type)[] overrides) =>
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"""
        + """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"""
        + string.Concat(overrides.Select(o => $"""<Override PartName="{o.Part}" ContentType="{o.Type}"/>"""))
        + "</Types>";

    private static string Rels(params (string Type, string Target, string? Mode)[] rels) =>
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + string.Concat(rels.Select((r, i) => $"""<Relationship Id="rId{i + 1}" Type="{r.Type}" Target="{r.Target}"{(r.Mode is null ? string.Empty : $" TargetMode=\"{r.Mode}\"")}/>"""))
        + "</Relationships>";

    private static byte[] Package(Dictionary<string, string> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(xml));
            }
        }

        return output.ToArray();
    }
}
