using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LegalReview.Generation.Tests.Support;

namespace LegalReview.Generation.Tests.Reports;

public sealed class BatchReportWriterTests
{
    private static SpreadsheetDocument Open() => SpreadsheetDocument.Open(new MemoryStream(SampleDocuments.BatchReport()), false);

    private static List<string[]> Rows(WorksheetPart part) =>
        part.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InnerText : c.CellValue?.Text ?? string.Empty).ToArray())
            .ToList();

    private static WorksheetPart Sheet(SpreadsheetDocument doc, string name)
    {
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook!.Descendants<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)wb.GetPartById(sheet.Id!);
    }

    [Test]
    public void Workbook_IsValidOpenXml()
    {
        using var doc = Open();
        OpenXmlAssert.IsValid(doc);
    }

    [Test]
    public void FindingsSheet_HasEveryFinding_WithAutoFilterAndFrozenHeader()
    {
        var batch = SampleDocuments.Batch();
        using var doc = Open();
        var part = Sheet(doc, "问题清单");
        var rows = Rows(part);
        var findings = batch.Where(b => b.Result is not null).SelectMany(b => b.Result!.Findings.Select(f => (b.File, f))).ToList();
        var pane = part.Worksheet!.Descendants<Pane>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(rows[0], Is.EqualTo(new[] { "文件", "文号", "标题", "条款", "规则编号", "规则名称", "严重程度", "类别", "原文", "法律依据", "修改建议", "状态", "来源" }));
            Assert.That(rows, Has.Count.EqualTo(findings.Count + 1));
            for (var i = 0; i < findings.Count; i++)
            {
                var (file, f) = findings[i];
                Assert.That(rows[i + 1][0], Is.EqualTo(file));
                Assert.That(rows[i + 1][3], Is.EqualTo(f.Location.Label));
                Assert.That(rows[i + 1][4], Is.EqualTo(f.RuleId));
                Assert.That(rows[i + 1][8], Is.EqualTo(f.Quote));
                Assert.That(rows[i + 1][9], Is.EqualTo(string.Join("\n", f.LegalBasis)));
                Assert.That(rows[i + 1][12], Is.EqualTo("规则"));
            }

            Assert.That(rows.Skip(1).All(r => r[1] == "晋市监[2024]第03号"), Is.True, "文号 column");
            Assert.That(part.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value, Is.EqualTo($"A1:M{findings.Count + 1}"));
            Assert.That(pane.State!.Value, Is.EqualTo(PaneStateValues.Frozen));
            Assert.That(pane.VerticalSplit!.Value, Is.EqualTo(1D));
            Assert.That(pane.TopLeftCell!.Value, Is.EqualTo("A2"));
        });
    }

    [Test]
    public void SummarySheet_CountsDocumentsAndFindings()
    {
        var batch = SampleDocuments.Batch();
        var active = batch.Where(b => b.Result is not null).SelectMany(b => b.Result!.ActiveFindings).ToList();
        using var doc = Open();
        var rows = Rows(Sheet(doc, "汇总")).Where(r => r.Length == 2 && r[0].Length > 0).ToDictionary(r => r[0], r => r[1]);
        Assert.Multiple(() =>
        {
            Assert.That(rows["送审文件总数"], Is.EqualTo("3"));
            Assert.That(rows["已审查"], Is.EqualTo("2"));
            Assert.That(rows["无法读取"], Is.EqualTo("1"));
            Assert.That(rows["发现问题（未排除）"], Is.EqualTo(active.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(rows["错误"], Is.EqualTo(active.Count(f => f.Severity == LegalReview.Review.FindingSeverity.Error).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(rows["文本格式与起草规范"], Is.EqualTo(active.Count(f => f.Category == LegalReview.Review.RuleCategory.Form).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(rows["损坏的文件.docx"], Is.EqualTo("文件已损坏，无法解析"));
        });
    }

    [Test]
    public void Hints_AreMarkedInTheSourceColumn_AndCountedApart()
    {
        var doc = new LegalReview.Documents.Reading.DocumentReader().Read(SampleReview.Docx(), "draft.docx");
        var result = new LegalReview.Review.ReviewResult(
            doc,
            [Findings.At(doc, "诚信经营保证金"), Findings.Hint(doc, "农药残留快速检测"), Findings.Hint(doc, "入场销售者档案", LegalReview.Review.FindingSource.NearestCases)],
            LegalReview.Review.ReviewProfile.National,
            ["LR2010"],
            TimeSpan.Zero);
        using var ms = new MemoryStream();
        LegalReview.Generation.Reports.BatchReportWriter.Write([new LegalReview.Generation.Reports.BatchDocument("draft.docx", result)], ms);
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(ms.ToArray()), false);

        var rows = Rows(Sheet(xlsx, "问题清单"));
        var summary = Rows(Sheet(xlsx, "汇总")).Where(r => r.Length == 2 && r[0].Length > 0).ToDictionary(r => r[0], r => r[1]);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Skip(1).Select(r => (r[8], r[12])), Is.EqualTo(new[] { ("诚信经营保证金", "规则"), ("农药残留快速检测", "模型提示（分类器）"), ("入场销售者档案", "模型提示（相似案例）") }));
            Assert.That(summary["发现问题（未排除）"], Is.EqualTo("3"));
            Assert.That(summary["其中模型提示（仅供参考，未经规则确认）"], Is.EqualTo("2"));
        });
    }
}
