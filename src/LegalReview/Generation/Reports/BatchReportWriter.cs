using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using LegalReview.Generation.Docx;
using LegalReview.Review;

namespace LegalReview.Generation.Reports;

/// <summary>
/// Writes the batch review report as an .xlsx workbook: a summary sheet (documents reviewed and unreadable, rules that
/// failed, findings by severity and by category) and a findings sheet (file, 文号, title, location, rule, severity,
/// category, quote, legal basis, suggestion, status and source) with an AutoFilter and a frozen header row. The
/// source column tells a rule's finding (规则) from a model's hint (模型提示（分类器）, 模型提示（相似案例）), and
/// the summary counts the unsuppressed hints apart.
/// </summary>
/// <remarks>
/// The workbook is streamed: the batch is enumerated once, each finding written as a row as it comes and counted
/// for the summary, so memory stays bounded whatever the size of the batch. The package is a zip written in order
/// straight to the destination (<see cref="ZipArchiveMode.Create"/>), each part's XML through an
/// <see cref="OpenXmlWriter"/>, rather than through System.IO.Packaging, which keeps every part of a package it
/// writes in memory until it is closed. Zip entries may come in any order, so the findings sheet is written first
/// and the summary sheet and the workbook part (whose AutoFilter range needs the last row) after it.
/// </remarks>
public static class BatchReportWriter
{
    private const uint TextStyle = 0;
    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

    private const string SummaryPart = "xl/worksheets/sheet1.xml";
    private const string FindingsPart = "xl/worksheets/sheet2.xml";
    private const string WorkbookPart = "xl/workbook.xml";
    private const string StylesPart = "xl/styles.xml";
    private const string CorePropertiesPart = "docProps/core.xml";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static readonly (string Header, double Width)[] FindingColumns =
    [
        ("文件", 28), ("文号", 20), ("标题", 34), ("条款", 18), ("规则编号", 10), ("规则名称", 24), ("严重程度", 10),
        ("类别", 16), ("原文", 40), ("法律依据", 40), ("修改建议", 40), ("状态", 12), ("来源", 20),
    ];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] ColumnNames = [.. Enumerable.Range(1, FindingColumns.Length).Select(Column)];

    /// <summary>Writes the workbook.</summary>
    /// <param name="documents">The batch, one entry per file; enumerated once, one document at a time.</param>
    /// <param name="stream">The destination (left open); it need not be seekable.</param>
    /// <param name="cancellationToken">Checked between documents.</param>
    public static void Write(IEnumerable<BatchDocument> documents, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteContentTypes(zip);
        WriteRelationships(zip, "_rels/.rels", [("rId1", OfficeRelationshipType + "officeDocument", WorkbookPart), ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", CorePropertiesPart)]);
        WriteCoreProperties(zip);
        WriteRelationships(zip, "xl/_rels/workbook.xml.rels", [("rId1", OfficeRelationshipType + "worksheet", "worksheets/sheet1.xml"), ("rId2", OfficeRelationshipType + "worksheet", "worksheets/sheet2.xml"), ("rId3", OfficeRelationshipType + "styles", "styles.xml")]);
        WritePart(zip, StylesPart, w => w.WriteElement(CreateStylesheet()));
        var tally = new Tally();
        WritePart(zip, FindingsPart, w => WriteFindingsSheet(w, documents, tally, cancellationToken));
        WritePart(zip, SummaryPart, w => WriteSummarySheet(w, tally));
        WritePart(zip, WorkbookPart, w => w.WriteElement(new Workbook(
            new Sheets(
                new Sheet { Name = "汇总", SheetId = 1U, Id = "rId1" },
                new Sheet { Name = "问题清单", SheetId = 2U, Id = "rId2" }),
            new DefinedNames(new DefinedName($"'问题清单'!$A$1:${Column(FindingColumns.Length)}${tally.LastRow}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 1U, Hidden = true }))));
    }

    /// <summary>Writes the workbook to a file, streaming to it; the file is replaced only once the workbook is complete.</summary>
    /// <param name="documents">The batch; enumerated once, one document at a time.</param>
    /// <param name="path">The .xlsx path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static async Task WriteFileAsync(IEnumerable<BatchDocument> documents, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentException.ThrowIfNullOrEmpty(path);
        await ReplacingFile.WriteAsync(path, stream => Write(documents, stream, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the summary sheet reports, counted while the findings sheet is written.</summary>
    private sealed class Tally
    {
        public int Documents { get; set; }

        public int Reviewed { get; set; }

        public int Active { get; set; }

        public int Suppressed { get; set; }

        /// <summary>The unsuppressed findings of the classifier and the nearest cases, counted in <see cref="Active"/> too.</summary>
        public int ActiveHints { get; set; }

        public Dictionary<FindingSeverity, int> BySeverity { get; } = [];

        public Dictionary<RuleCategory, int> ByCategory { get; } = [];

        public List<(string File, string Error)> Unreadable { get; } = [];

        public List<(string File, string Failure)> RuleFailures { get; } = [];

        public int WithRuleFailures { get; set; }

        /// <summary>The findings sheet's last row (the header's when there is no finding).</summary>
        public uint LastRow { get; set; } = 1U;

        public void Count(Finding f)
        {
            if (f.IsSuppressed)
            {
                Suppressed++;
                return;
            }

            Active++;
            if (f.Source != FindingSource.Rule)
            {
                ActiveHints++;
            }

            BySeverity[f.Severity] = BySeverity.GetValueOrDefault(f.Severity) + 1;
            ByCategory[f.Category] = ByCategory.GetValueOrDefault(f.Category) + 1;
        }
    }

    private static void WriteFindingsSheet(OpenXmlWriter w, IEnumerable<BatchDocument> documents, Tally tally, CancellationToken cancellationToken)
    {
        var columns = new Columns();
        for (var i = 0; i < FindingColumns.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = FindingColumns[i].Width, CustomWidth = true });
        }

        w.WriteStartElement(new Worksheet());
        w.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U }));
        w.WriteElement(columns);
        w.WriteStartElement(new SheetData());
        var cells = new CellWriter(w);
        cells.StartRow(1U);
        for (var i = 0; i < FindingColumns.Length; i++)
        {
            cells.Text(ColumnNames[i], FindingColumns[i].Header, HeaderStyle);
        }

        cells.EndRow();
        var r = 1U;
        foreach (var d in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tally.Documents++;
            if (!d.IsReviewed)
            {
                tally.Unreadable.Add((d.File, d.Error ?? "无法读取"));
                continue;
            }

            tally.Reviewed++;
            if (d.RuleFailures.Count > 0)
            {
                tally.WithRuleFailures++;
                tally.RuleFailures.AddRange(d.RuleFailures.Select(f => (d.File, f.ToString())));
            }

            var number = d.DocumentNumber ?? string.Empty;
            var title = d.Title;
            foreach (var f in d.Findings)
            {
                tally.Count(f);
                cells.StartRow(++r);
                cells.Text(ColumnNames[0], d.File, TextStyle);
                cells.Text(ColumnNames[1], number, TextStyle);
                cells.Text(ColumnNames[2], title, TextStyle);
                cells.Text(ColumnNames[3], f.Location.Label, TextStyle);
                cells.Text(ColumnNames[4], f.RuleId, TextStyle);
                cells.Text(ColumnNames[5], f.Title, TextStyle);
                cells.Text(ColumnNames[6], LegalText.SeverityName(f.Severity), TextStyle);
                cells.Text(ColumnNames[7], f.Category.ChineseName(), TextStyle);
                cells.Text(ColumnNames[8], f.Quote, WrapStyle);
                cells.Text(ColumnNames[9], string.Join("\n", f.LegalBasis), WrapStyle);
                cells.Text(ColumnNames[10], f.Suggestion, WrapStyle);
                cells.Text(ColumnNames[11], f.IsSuppressed ? "已排除：" + f.Suppression!.Reason : "待处理", WrapStyle);
                cells.Text(ColumnNames[12], SourceName(f.Source), TextStyle);
                cells.EndRow();
            }
        }

        tally.LastRow = r;
        w.WriteEndElement();
        w.WriteElement(new AutoFilter { Reference = $"A1:{Column(FindingColumns.Length)}{r}" });
        w.WriteEndElement();
    }

    private static void WriteSummarySheet(OpenXmlWriter w, Tally tally)
    {
        var rows = new List<(string, string)>
        {
            ("项目", "数量"),
            ("送审文件总数", Count(tally.Documents)),
            ("已审查", Count(tally.Reviewed)),
            ("无法读取", Count(tally.Documents - tally.Reviewed)),
            ("审查规则运行出错（结果可能不完整）", Count(tally.WithRuleFailures)),
            ("发现问题（未排除）", Count(tally.Active)),
            ("其中模型提示（仅供参考，未经规则确认）", Count(tally.ActiveHints)),
            ("已排除", Count(tally.Suppressed)),
            (string.Empty, string.Empty),
            ("按严重程度", string.Empty),
        };
        foreach (var s in new[] { FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info })
        {
            rows.Add((LegalText.SeverityName(s), Count(tally.BySeverity.GetValueOrDefault(s))));
        }

        rows.Add((string.Empty, string.Empty));
        rows.Add(("按问题类别", string.Empty));
        foreach (var c in Enum.GetValues<RuleCategory>())
        {
            rows.Add((c.ChineseName(), Count(tally.ByCategory.GetValueOrDefault(c))));
        }

        if (tally.Unreadable.Count > 0)
        {
            rows.Add((string.Empty, string.Empty));
            rows.Add(("无法读取的文件", "原因"));
            rows.AddRange(tally.Unreadable);
        }

        if (tally.RuleFailures.Count > 0)
        {
            rows.Add((string.Empty, string.Empty));
            rows.Add(("审查规则运行出错的文件", "规则及错误"));
            rows.AddRange(tally.RuleFailures);
        }

        w.WriteStartElement(new Worksheet());
        w.WriteElement(new Columns(
            new Column { Min = 1U, Max = 1U, Width = 30, CustomWidth = true },
            new Column { Min = 2U, Max = 2U, Width = 40, CustomWidth = true }));
        w.WriteStartElement(new SheetData());
        var cells = new CellWriter(w);
        var r = 1U;
        foreach (var (a, b) in rows)
        {
            var header = r == 1 || b.Length == 0 && a.StartsWith("按", StringComparison.Ordinal) || a is "无法读取的文件" or "审查规则运行出错的文件";
            cells.StartRow(r);
            cells.Text("A", a, header ? HeaderStyle : TextStyle);
            if (int.TryParse(b, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && !header)
            {
                cells.Number("B", n);
            }
            else
            {
                cells.Text("B", b, header ? HeaderStyle : TextStyle);
            }

            cells.EndRow();
            r++;
        }

        w.WriteEndElement();
        w.WriteEndElement();

        static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes rows and cells as the SDK's <see cref="Row"/> and <see cref="Cell"/> elements would be written (row
    /// index, cell reference, style, inline string with preserved spaces) without building an element per value.
    /// </summary>
    private sealed class CellWriter(OpenXmlWriter w)
    {
        private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly InlineString _inline = new();
        private readonly Text _text = new();
        private readonly CellValue _value = new();
        private readonly OpenXmlAttribute[] _rowAttributes = new OpenXmlAttribute[1];
        private readonly OpenXmlAttribute[] _textCellAttributes = new OpenXmlAttribute[3];
        private readonly OpenXmlAttribute[] _numberCellAttributes = new OpenXmlAttribute[2];
        private readonly OpenXmlAttribute[] _preserve = [new("xml", "space", XmlNamespace, "preserve")];
        private string _rowNumber = "1";

        public void StartRow(uint index)
        {
            _rowNumber = index.ToString(CultureInfo.InvariantCulture);
            _rowAttributes[0] = new OpenXmlAttribute("r", string.Empty, _rowNumber);
            w.WriteStartElement(_row, _rowAttributes);
        }

        public void EndRow() => w.WriteEndElement();

        public void Text(string column, string text, uint style)
        {
            _textCellAttributes[0] = new OpenXmlAttribute("r", string.Empty, column + _rowNumber);
            _textCellAttributes[1] = new OpenXmlAttribute("s", string.Empty, StyleValue(style));
            _textCellAttributes[2] = new OpenXmlAttribute("t", string.Empty, "inlineStr");
            w.WriteStartElement(_cell, _textCellAttributes);
            w.WriteStartElement(_inline);
            w.WriteStartElement(_text, _preserve);
            w.WriteString(XmlText.Sanitize(text));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        public void Number(string column, int value)
        {
            _numberCellAttributes[0] = new OpenXmlAttribute("r", string.Empty, column + _rowNumber);
            _numberCellAttributes[1] = new OpenXmlAttribute("t", string.Empty, "n");
            w.WriteStartElement(_cell, _numberCellAttributes);
            w.WriteStartElement(_value);
            w.WriteString(value.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        private static string StyleValue(uint style) => style switch
        {
            TextStyle => "0",
            HeaderStyle => "1",
            WrapStyle => "2",
            _ => style.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Writes one zip entry's XML through an <see cref="OpenXmlWriter"/>.</summary>
    private static void WritePart(ZipArchive zip, string name, Action<OpenXmlWriter> write)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        using var w = OpenXmlWriter.Create(entry, Utf8);
        w.WriteStartDocument();
        write(w);
        w.Close();
    }

    /// <summary>Writes one of the package's own parts ([Content_Types].xml, relationships, core properties).</summary>
    private static void WritePackagePart(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        using var w = XmlWriter.Create(entry, new XmlWriterSettings { Encoding = Utf8 });
        w.WriteStartDocument();
        write(w);
        w.WriteEndDocument();
    }

    private static void WriteContentTypes(ZipArchive zip) => WritePackagePart(zip, "[Content_Types].xml", w =>
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        w.WriteStartElement("Types", ns);
        Default("xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Override(StylesPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        Override(SummaryPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Override(FindingsPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Override(CorePropertiesPart, "application/vnd.openxmlformats-package.core-properties+xml");
        w.WriteEndElement();

        void Default(string extension, string contentType)
        {
            w.WriteStartElement("Default", ns);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", contentType);
            w.WriteEndElement();
        }

        void Override(string part, string contentType)
        {
            w.WriteStartElement("Override", ns);
            w.WriteAttributeString("PartName", "/" + part);
            w.WriteAttributeString("ContentType", contentType);
            w.WriteEndElement();
        }
    });

    private static void WriteRelationships(ZipArchive zip, string name, (string Id, string Type, string Target)[] relationships) => WritePackagePart(zip, name, w =>
    {
        w.WriteStartElement("Relationships", RelationshipNamespace);
        foreach (var (id, type, target) in relationships)
        {
            w.WriteStartElement("Relationship", RelationshipNamespace);
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static void WriteCoreProperties(ZipArchive zip) => WritePackagePart(zip, CorePropertiesPart, w =>
    {
        const string dc = "http://purl.org/dc/elements/1.1/";
        w.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteElementString("dc", "title", dc, "规范性文件批量审查报告");
        w.WriteElementString("dc", "creator", dc, "LegalReview");
        w.WriteEndElement();
    });

    private static Stylesheet CreateStylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 3U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyFill = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true })
        { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    /// <summary>The 来源 column: a rule's finding or a model's hint, and which model.</summary>
    private static string SourceName(FindingSource source) => source switch
    {
        FindingSource.Rule => "规则",
        FindingSource.Classifier => "模型提示（分类器）",
        _ => "模型提示（相似案例）",
    };

    /// <summary>"A" for 1, "L" for 12.</summary>
    private static string Column(int index)
    {
        var s = string.Empty;
        for (var n = index; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }

        return s;
    }
}
