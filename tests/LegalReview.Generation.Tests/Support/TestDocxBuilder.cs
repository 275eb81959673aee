using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Generation.Tests.Support;

/// <summary>
/// Builds small submitted drafts in code: paragraphs made of several differently formatted runs, soft breaks,
/// tables, tracked insertions and deletions, and an existing reviewer comment.
/// </summary>
internal sealed class TestDocxBuilder
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<Comment> _comments = [];
    private bool _numbering;

    /// <summary>A paragraph with one run per string; odd-numbered runs are bold so that splitting must clone formatting.</summary>
    public TestDocxBuilder Paragraph(params string[] runs) => Runs(runs, boldOdd: true, center: false);

    /// <summary>A paragraph with one run per string, all formatted alike (as Word leaves text after editing), optionally centred.</summary>
    public TestDocxBuilder PlainParagraph(bool center, params string[] runs) => Runs(runs, boldOdd: false, center);

    private TestDocxBuilder Runs(string[] runs, bool boldOdd, bool center)
    {
        var p = new Paragraph();
        if (center)
        {
            p.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        for (var i = 0; i < runs.Length; i++)
        {
            p.Append(TextRun(runs[i], bold: boldOdd && i % 2 == 1));
        }

        _body.Add(p);
        return this;
    }

    /// <summary>A paragraph numbered automatically "第一条 ", "第二条 " … by a Word list (the number is not in the text).</summary>
    public TestDocxBuilder NumberedArticle(params string[] runs)
    {
        _numbering = true;
        var p = new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
        foreach (var r in runs)
        {
            p.Append(TextRun(r));
        }

        _body.Add(p);
        return this;
    }

    /// <summary>A paragraph whose lines are separated by soft breaks (w:br) inside one run.</summary>
    public TestDocxBuilder SoftBrokenParagraph(params string[] lines)
    {
        var run = new Run(new RunProperties(new RunFonts { EastAsia = "仿宋_GB2312" }));
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        _body.Add(new Paragraph(run));
        return this;
    }

    /// <summary>A paragraph with a tracked deletion followed by a tracked insertion between two plain runs.</summary>
    public TestDocxBuilder TrackedChangeParagraph(string before, string deleted, string inserted, string after)
    {
        var date = new DateTime(2024, 2, 1, 9, 0, 0, DateTimeKind.Utc);
        _body.Add(new Paragraph(
            TextRun(before),
            new DeletedRun(new Run(new DeletedText(deleted) { Space = SpaceProcessingModeValues.Preserve })) { Id = "901", Author = "起草科", Date = date },
            new InsertedRun(TextRun(inserted)) { Id = "902", Author = "起草科", Date = date },
            TextRun(after)));
        return this;
    }

    /// <summary>A table; each cell holds one paragraph whose text is split into two runs at its middle.</summary>
    public TestDocxBuilder Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        var columns = rows.Max(r => r.Length);
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = "2000" });
        }

        table.Append(grid);
        foreach (var row in rows)
        {
            var tr = new TableRow();
            foreach (var cell in row)
            {
                var half = cell.Length / 2;
                tr.Append(new TableCell(new Paragraph(TextRun(cell[..half]), TextRun(cell[half..], bold: true))));
            }

            table.Append(tr);
        }

        _body.Add(table);
        return this;
    }

    /// <summary>A paragraph carrying an existing reviewer comment (id 0) over its whole text.</summary>
    public TestDocxBuilder CommentedParagraph(string text, string comment)
    {
        var id = _comments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _body.Add(new Paragraph(
            new CommentRangeStart { Id = id },
            TextRun(text),
            new CommentRangeEnd { Id = id },
            new Run(new CommentReference { Id = id })));
        _comments.Add(new Comment(new Paragraph(new Run(new AnnotationReferenceMark()), new Run(new Text(comment))))
        {
            Id = id,
            Author = "张科长",
            Initials = "ZK",
            Date = new DateTime(2024, 2, 20, 10, 0, 0, DateTimeKind.Utc),
        });
        return this;
    }

    /// <summary>The .docx bytes.</summary>
    public byte[] Build()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            foreach (var e in _body)
            {
                body.Append(e.CloneNode(true));
            }

            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 2098, Bottom = 1984, Left = 1587U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
            if (_numbering)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering(
                    new AbstractNum(new Level(
                        new StartNumberingValue { Val = 1 },
                        new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
                        new LevelSuffix { Val = LevelSuffixValues.Space },
                        new LevelText { Val = "第%1条" })
                    { LevelIndex = 0 })
                    { AbstractNumberId = 0 },
                    new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            }

            if (_comments.Count > 0)
            {
                var part = main.AddNewPart<WordprocessingCommentsPart>();
                part.Comments = new Comments(_comments.Select(c => c.CloneNode(true)));
            }
        }

        return ms.ToArray();
    }

    private static Run TextRun(string text, bool bold = false)
    {
        var rPr = new RunProperties(new RunFonts { EastAsia = "仿宋_GB2312" });
        if (bold)
        {
            rPr.Bold = new Bold();
        }

        rPr.FontSize = new FontSize { Val = "32" };
        return new Run(rPr, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
