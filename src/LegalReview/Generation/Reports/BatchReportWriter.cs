using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LegalReview.Generation.Docx;
using LegalReview.Review;

namespace LegalReview.Generation.Reports;

/// <summary>
/// Writes the batch review report as an .xlsx workbook: a summary sheet (documents reviewed and unreadable,
/// findings by severity and by category) and a findings sheet (file, 文号, title, location, rule, severity,
/// category, quote, legal basis, suggestion) with an AutoFilter and a frozen header row.
/// </summary>
public static class BatchReportWriter
{
    private const uint TextStyle = 0;
    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

    private static readonly (string Header, double Width)[] FindingColumns =
    [
        ("文件", 28), ("文号", 20), ("标题", 34), ("条款", 18), ("规则编号", 10), ("规则名称", 24), ("严重程度", 10),
        ("类别", 16), ("原文", 40), ("法律依据", 40), ("修改建议", 40), ("状态", 12),
    ];

    /// <summary>Writes the workbook.</summary>
    /// <param name="documents">The batch, one entry per file.</param>
    /// <param name="stream">The destination (left open).</param>
    /// <param name="cancellationToken">Checked between documents.</param>
    public static void Write(IEnumerable<BatchDocument> documents, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(stream);
        var list = documents.ToList();
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            doc.PackageProperties.Title = "规范性文件批量审查报告";
            doc.PackageProperties.Creator = "LegalReview";
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = CreateStylesheet();
            var summary = wb.AddNewPart<WorksheetPart>();
            summary.Worksheet = SummarySheet(list);
            var findings = wb.AddNewPart<WorksheetPart>();
            var (sheet, lastRow) = FindingsSheet(list, cancellationToken);
            findings.Worksheet = sheet;
            wb.Workbook.Append(
                new Sheets(
                    new Sheet { Name = "汇总", SheetId = 1U, Id = wb.GetIdOfPart(summary) },
                    new Sheet { Name = "问题清单", SheetId = 2U, Id = wb.GetIdOfPart(findings) }),
                new DefinedNames(new DefinedName($"'问题清单'!$A$1:${Column(FindingColumns.Length)}${lastRow}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 1U, Hidden = true }));
        }

        ms.Position = 0;
        ms.CopyTo(stream);
    }

    /// <summary>Writes the workbook to a file.</summary>
    /// <param name="documents">The batch.</param>
    /// <param name="path">The .xlsx path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static async Task WriteFileAsync(IEnumerable<BatchDocument> documents, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var ms = new MemoryStream();
        Write(documents, ms, cancellationToken);
        await File.WriteAllBytesAsync(path, ms.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private static Worksheet SummarySheet(List<BatchDocument> docs)
    {
        var active = docs.SelectMany(d => d.Findings).Where(f => !f.IsSuppressed).ToList();
        var rows = new List<(string, string)>
        {
            ("项目", "数量"),
            ("送审文件总数", Count(docs.Count)),
            ("已审查", Count(docs.Count(d => d.IsReviewed))),
            ("无法读取", Count(docs.Count(d => !d.IsReviewed))),
            ("发现问题（未排除）", Count(active.Count)),
            ("已排除", Count(docs.SelectMany(d => d.Findings).Count(f => f.IsSuppressed))),
            (string.Empty, string.Empty),
            ("按严重程度", string.Empty),
        };
        foreach (var s in new[] { FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info })
        {
            rows.Add((LegalText.SeverityName(s), Count(active.Count(f => f.Severity == s))));
        }

        rows.Add((string.Empty, string.Empty));
        rows.Add(("按问题类别", string.Empty));
        foreach (var c in Enum.GetValues<RuleCategory>())
        {
            rows.Add((c.ChineseName(), Count(active.Count(f => f.Category == c))));
        }

        var unreadable = docs.Where(d => !d.IsReviewed).ToList();
        if (unreadable.Count > 0)
        {
            rows.Add((string.Empty, string.Empty));
            rows.Add(("无法读取的文件", "原因"));
            rows.AddRange(unreadable.Select(d => (d.File, d.Error ?? "无法读取")));
        }

        var data = new SheetData();
        var r = 1U;
        foreach (var (a, b) in rows)
        {
            var header = r == 1 || b.Length == 0 && a.StartsWith("按", StringComparison.Ordinal) || a == "无法读取的文件";
            var row = new Row { RowIndex = r };
            row.Append(TextCell("A", r, a, header ? HeaderStyle : TextStyle));
            row.Append(int.TryParse(b, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && !header ? NumberCell("B", r, n) : TextCell("B", r, b, header ? HeaderStyle : TextStyle));
            data.Append(row);
            r++;
        }

        return new Worksheet(
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = 30, CustomWidth = true },
                new Column { Min = 2U, Max = 2U, Width = 40, CustomWidth = true }),
            data);

        static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
    }

    private static (Worksheet Sheet, uint LastRow) FindingsSheet(List<BatchDocument> docs, CancellationToken cancellationToken)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1U };
        for (var i = 0; i < FindingColumns.Length; i++)
        {
            header.Append(TextCell(Column(i + 1), 1U, FindingColumns[i].Header, HeaderStyle));
        }

        data.Append(header);
        var r = 2U;
        foreach (var d in docs.Where(d => d.IsReviewed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var f in d.Findings)
            {
                string[] values =
                [
                    d.File, d.DocumentNumber ?? string.Empty, d.Title, f.Location.Label, f.RuleId, f.Title,
                    LegalText.SeverityName(f.Severity), f.Category.ChineseName(), f.Quote, string.Join("\n", f.LegalBasis),
                    f.Suggestion, f.IsSuppressed ? "已排除：" + f.Suppression!.Reason : "待处理",
                ];
                var row = new Row { RowIndex = r };
                for (var i = 0; i < values.Length; i++)
                {
                    row.Append(TextCell(Column(i + 1), r, values[i], i >= 8 ? WrapStyle : TextStyle));
                }

                data.Append(row);
                r++;
            }
        }

        var lastRow = Math.Max(1U, r - 1);
        var columns = new Columns();
        for (var i = 0; i < FindingColumns.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = FindingColumns[i].Width, CustomWidth = true });
        }

        var sheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0U }),
            columns,
            data,
            new AutoFilter { Reference = $"A1:{Column(FindingColumns.Length)}{lastRow}" });
        return (sheet, lastRow);
    }

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

    private static Cell TextCell(string column, uint row, string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = column + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Cell NumberCell(string column, uint row, int value) => new(new CellValue(value))
    {
        CellReference = column + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.Number,
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
