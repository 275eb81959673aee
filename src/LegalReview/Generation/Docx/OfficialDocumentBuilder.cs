using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Documents;

namespace LegalReview.Generation.Docx;

/// <summary>
/// Lays out an official document (公文) to GB/T 9704-2012: A4, margins 37/35/28/26 mm, 22 lines of 28 characters
/// of 3号 仿宋_GB2312, red issuer mark and separator line, 2号 方正小标宋简体 title, 黑体/楷体 headings, signature centred
/// over the date which stands four characters from the right, and "— 1 —" page numbers alternating right and left.
/// </summary>
internal sealed class OfficialDocumentBuilder
{
    /// <summary>Body text size in half-points (3号, 16 pt).</summary>
    public const int BodySize = 32;

    /// <summary>Title size in half-points (2号, 22 pt).</summary>
    public const int TitleSize = 44;

    // 225 mm of type area / 22 lines = 10.23 mm ≈ 579 twips; 156 mm / 28 characters gives a 15.8 pt pitch,
    // i.e. 16 pt − 842/4096 pt, which is how Word expresses "28 characters per line" for 3号 text.
    private const int LinePitch = 579;
    private const int CharSpace = -842;
    private const int CharWidthTwips = 316;

    // 156 mm of line / 22 pt characters.
    private const int TitleCharsPerLine = 20;
    private const string Red = "FF0000";

    // Character spacing of body text in twentieths of a point: 16 pt − 0.2 pt = the 15.8 pt pitch of 28 characters in 156 mm.
    private const int BodyCondense = -4;

    private readonly List<OpenXmlElement> _body = [];

    /// <summary>The document title written to the package properties.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The author written to the package properties.</summary>
    public string Author { get; set; } = "LegalReview";

    /// <summary>
    /// A mark printed in red at the top of every page (odd and even headers), e.g. "征求意见稿" on a draft that must not
    /// be mistaken for the issued document; null for none.
    /// </summary>
    public string? PageMark { get; set; }

    /// <summary>The issuer mark (发文机关标志): red, centred, 方正小标宋简体.</summary>
    /// <param name="issuer">The issuing body.</param>
    /// <param name="suffix">The word after the name, e.g. "文件"; empty for a letter-style mark.</param>
    public void IssuerMark(string issuer, string suffix = "")
    {
        var text = issuer + suffix;
        var points = Math.Clamp(440 / Math.Max(1, text.Length), 18, 30);
        _body.Add(Paragraph(
            Props(JustificationValues.Center, spacingLine: points * 20 + 120),
            Run(text, OfficialFonts.XiaoBiaoSong, points * 2, color: Red)));
        Blank();
    }

    /// <summary>The 文号 line with the red separator line under it (版头分隔线).</summary>
    /// <param name="number">The 文号, or null for a document without one.</param>
    public void NumberAndSeparator(string? number)
    {
        var pPr = Props(JustificationValues.Center);
        pPr.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 6, Color = Red });
        var p = Paragraph(pPr);
        if (!string.IsNullOrEmpty(number))
        {
            p.Append(Run(number, OfficialFonts.FangSong, BodySize));
        }

        _body.Add(p);
        Blank();
    }

    /// <summary>
    /// The title (标题): 2号 方正小标宋简体, centred, with a blank line after it. A title longer than a line is broken
    /// between the given parts, so that each line keeps whole words (GB/T 9704 7.3.2: 回行时要做到词意完整).
    /// </summary>
    /// <param name="parts">The title, in the pieces it may be broken between.</param>
    public void DocumentTitle(params string[] parts)
    {
        var p = Paragraph(Props(JustificationValues.Center, spacingLine: 700));
        var breakLines = parts.Sum(x => x.Length) > TitleCharsPerLine;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0 && breakLines)
            {
                p.Append(new Run(new Break()));
            }

            p.Append(Run(parts[i], OfficialFonts.XiaoBiaoSong, TitleSize));
        }

        _body.Add(p);
        Blank();
    }

    /// <summary>The addressee line (主送机关), flush left, ending with a full-width colon.</summary>
    /// <param name="recipient">The addressee.</param>
    public void Recipient(string recipient)
    {
        var text = recipient.EndsWith('：') ? recipient : recipient + "：";
        _body.Add(Paragraph(Props(JustificationValues.Both), Run(text, OfficialFonts.FangSong, BodySize)));
    }

    /// <summary>A body paragraph indented two characters.</summary>
    /// <param name="text">The text.</param>
    public void Body(string text) => _body.Add(Paragraph(Props(JustificationValues.Both, firstLineChars: 200), Run(text, OfficialFonts.FangSong, BodySize)));

    /// <summary>A body paragraph whose lead words are in 楷体 (a second-level heading run into the text) or bold.</summary>
    /// <param name="lead">The lead, e.g. "（一）关于第五条。".</param>
    /// <param name="text">The rest.</param>
    public void LeadBody(string lead, string text) => _body.Add(Paragraph(
        Props(JustificationValues.Both, firstLineChars: 200),
        Run(lead, OfficialFonts.KaiTi, BodySize),
        Run(text, OfficialFonts.FangSong, BodySize)));

    /// <summary>A first-level heading ("一、…") in 黑体.</summary>
    /// <param name="text">The heading.</param>
    public void Heading1(string text) => _body.Add(Paragraph(Props(JustificationValues.Both, firstLineChars: 200, keepNext: true), Run(text, OfficialFonts.HeiTi, BodySize)));

    /// <summary>A second-level heading ("（一）…") in 楷体.</summary>
    /// <param name="text">The heading.</param>
    public void Heading2(string text) => _body.Add(Paragraph(Props(JustificationValues.Both, firstLineChars: 200, keepNext: true), Run(text, OfficialFonts.KaiTi, BodySize)));

    /// <summary>An empty line of the grid.</summary>
    public void Blank() => _body.Add(Paragraph(Props(JustificationValues.Both)));

    /// <summary>
    /// The signature (落款) and the date (成文日期): the date right-aligned four characters from the margin, the
    /// issuer centred over it, after two blank lines left for the seal.
    /// </summary>
    /// <param name="issuer">The issuing body.</param>
    /// <param name="date">The date.</param>
    public void Signature(string issuer, DateOnly date)
    {
        var dateText = DocumentDate.FormatStandard(date);
        Blank();
        Blank();
        var dateWidth = Width(dateText);
        var issuerWidth = Width(issuer);
        var issuerRight = 400 + (int)Math.Round((dateWidth - issuerWidth) / 2 * 100);
        _body.Add(Paragraph(Props(JustificationValues.Right, rightChars: Math.Max(0, issuerRight)), Run(issuer, OfficialFonts.FangSong, BodySize)));
        _body.Add(Paragraph(Props(JustificationValues.Right, rightChars: 400), Run(dateText, OfficialFonts.FangSong, BodySize)));
    }

    /// <summary>The note under the date (附注), in parentheses, indented two characters.</summary>
    /// <param name="text">The note without parentheses.</param>
    public void Note(string text) => _body.Add(Paragraph(Props(JustificationValues.Both, firstLineChars: 200), Run("（" + text + "）", OfficialFonts.FangSong, BodySize)));

    /// <summary>A table with a bold header row, 4号 text and single borders, as wide as the type area.</summary>
    /// <param name="headers">The column headers.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="widths">Relative column widths (same count as headers).</param>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int> widths)
    {
        const int total = 8845;
        var sum = widths.Sum();
        var twips = widths.Select(w => total * w / sum).ToArray();
        var border = new Func<BorderType>[]
        {
            () => new TopBorder(), () => new LeftBorder(), () => new BottomBorder(), () => new RightBorder(),
            () => new InsideHorizontalBorder(), () => new InsideVerticalBorder(),
        };
        var borders = new TableBorders();
        foreach (var make in border)
        {
            var b = make();
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Space = 0;
            b.Color = "000000";
            borders.Append(b);
        }

        var table = new Table(new TableProperties(
            new TableWidth { Width = total.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            borders,
            new TableLayout { Type = TableLayoutValues.Fixed }));
        var grid = new TableGrid();
        foreach (var w in twips)
        {
            grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        table.Append(Row(headers, twips, header: true));
        foreach (var r in rows)
        {
            table.Append(Row(r, twips, header: false));
        }

        _body.Add(table);
        _body.Add(Paragraph(Props(JustificationValues.Both)));
    }

    /// <summary>Writes the package.</summary>
    /// <param name="stream">A writable, seekable stream.</param>
    public void Save(Stream stream)
    {
        using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        doc.PackageProperties.Title = XmlText.Sanitize(Title);
        doc.PackageProperties.Creator = XmlText.Sanitize(Author);
        doc.PackageProperties.Language = "zh-CN";
        var main = doc.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = CreateStyles();
        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = OfficialFonts.CreateFontTable();
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new EvenAndOddHeaders(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation });
        var odd = main.AddNewPart<FooterPart>();
        odd.Footer = PageNumberFooter(JustificationValues.Right);
        var even = main.AddNewPart<FooterPart>();
        even.Footer = PageNumberFooter(JustificationValues.Left);

        var headers = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(PageMark))
        {
            var oddHeader = main.AddNewPart<HeaderPart>();
            oddHeader.Header = MarkHeader(PageMark);
            var evenHeader = main.AddNewPart<HeaderPart>();
            evenHeader.Header = MarkHeader(PageMark);
            headers.Add(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(oddHeader) });
            headers.Add(new HeaderReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(evenHeader) });
        }

        var body = new Body();
        foreach (var e in _body)
        {
            body.Append(e);
        }

        body.Append(new SectionProperties(
            [.. headers,
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
            new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1587U, Right = 1474U, Header = 851U, Footer = 1247U, Gutter = 0U },
            new Columns { Space = "425" },
            new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = LinePitch, CharacterSpace = CharSpace }]));
        main.Document = new Document(body);
    }

    /// <summary>Lays out to a byte array.</summary>
    /// <returns>The .docx bytes.</returns>
    public byte[] ToArray()
    {
        using var ms = new MemoryStream();
        Save(ms);
        return ms.ToArray();
    }

    /// <summary>Width of a text in body characters: Chinese characters count one, digits and Latin letters a half.</summary>
    private static double Width(string text) => text.Sum(c => c < 0x2E80 ? 0.5 : 1.0);

    private static TableRow Row(IReadOnlyList<string> cells, int[] twips, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < twips.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : string.Empty;
            var pPr = new ParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" },
                new Justification { Val = header || IsNumber(text) ? JustificationValues.Center : JustificationValues.Left });
            var paragraphs = text.Split('\n').Select(line => new Paragraph(
                (ParagraphProperties)pPr.CloneNode(true),
                Run(line, header ? OfficialFonts.HeiTi : OfficialFonts.FangSong, 24)));
            var cell = new TableCell(new TableCellProperties(
                new TableCellWidth { Width = twips[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
            cell.Append(paragraphs);
            row.Append(cell);
        }

        return row;
    }

    private static bool IsNumber(string s) => s.Length > 0 && s.All(c => char.IsAsciiDigit(c) || c is '.' or '%' or '-');

    private static Header MarkHeader(string mark) => new(new Paragraph(
        new ParagraphProperties(new SnapToGrid { Val = false }, new Justification { Val = JustificationValues.Center }),
        new Run(
            new RunProperties(OfficialFonts.Fonts(OfficialFonts.HeiTi), new Bold(), new Color { Val = Red }, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }),
            new Text(mark) { Space = SpaceProcessingModeValues.Preserve })));

    private static Footer PageNumberFooter(JustificationValues side)
    {
        // GB/T 9704 7.5: 4号 半角宋体阿拉伯数字, 数字左右各放一条一字线, 单页码居右空一字, 双页码居左空一字.
        var pPr = new ParagraphProperties(
            new SnapToGrid { Val = false },
            side == JustificationValues.Right ? new Indentation { Right = "280" } : new Indentation { Left = "280" },
            new Justification { Val = side });
        return new Footer(new Paragraph(
            pPr,
            Run("— ", OfficialFonts.SongTi, 28),
            FieldChar(FieldCharValues.Begin),
            new Run(FooterProps(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            FieldChar(FieldCharValues.Separate),
            Run("1", OfficialFonts.SongTi, 28),
            FieldChar(FieldCharValues.End),
            Run(" —", OfficialFonts.SongTi, 28)));

        static Run FieldChar(FieldCharValues type) => new(FooterProps(), new FieldChar { FieldCharType = type });

        static RunProperties FooterProps() => new(OfficialFonts.Fonts(OfficialFonts.SongTi), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" });
    }

    private static Styles CreateStyles()
    {
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                OfficialFonts.Fonts(OfficialFonts.FangSong),
                new Kern { Val = 2U },
                new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
                new Justification { Val = JustificationValues.Both })));
        var normal = new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            // The grid above is what Word's page setup shows (22 × 28); the paragraphs also carry the same metrics
            // explicitly (exact 579-twip lines, 3号 glyphs condensed by 0.2 pt to a 15.8 pt pitch) and do not snap to the
            // grid, so renderers that implement the character grid differently (LibreOffice puts a glyph wider than a
            // cell into two cells) still set 22 lines of 28 characters.
            new StyleParagraphProperties(new WidowControl { Val = false }, new SnapToGrid { Val = false }),
            new StyleRunProperties(
                OfficialFonts.Fonts(OfficialFonts.FangSong),
                new Spacing { Val = BodyCondense },
                new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        var table = new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true };
        return new Styles(defaults, normal, table);
    }

    private static ParagraphProperties Props(JustificationValues jc, int firstLineChars = 0, int rightChars = 0, int spacingLine = 0, bool keepNext = false)
    {
        var p = new ParagraphProperties();
        if (keepNext)
        {
            p.KeepNext = new KeepNext();
        }

        if (spacingLine > 0)
        {
            p.SpacingBetweenLines = new SpacingBetweenLines { Line = spacingLine.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" };
        }

        if (firstLineChars > 0 || rightChars > 0)
        {
            var ind = new Indentation();
            if (firstLineChars > 0)
            {
                ind.FirstLineChars = firstLineChars;
                ind.FirstLine = (CharWidthTwips * firstLineChars / 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (rightChars > 0)
            {
                ind.RightChars = rightChars;
                ind.Right = (CharWidthTwips * rightChars / 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            p.Indentation = ind;
        }

        p.Justification = new Justification { Val = jc };
        return p;
    }

    private static Paragraph Paragraph(ParagraphProperties pPr, params OpenXmlElement[] runs)
    {
        var p = new Paragraph(pPr);
        p.Append(runs);
        return p;
    }

    private static Run Run(string text, string font, int halfPoints, string? color = null)
    {
        var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rPr = new RunProperties(OfficialFonts.Fonts(font));
        if (color is not null)
        {
            rPr.Color = new Color { Val = color };
        }

        rPr.Spacing = new Spacing { Val = halfPoints == BodySize ? BodyCondense : 0 };

        rPr.FontSize = new FontSize { Val = size };
        rPr.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
        return new Run(rPr, new Text(XmlText.Sanitize(text)) { Space = SpaceProcessingModeValues.Preserve });
    }
}
