using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LegalReview.Generation.Reports;
using LegalReview.Generation.Tests.Support;
using LegalReview.Review;

namespace LegalReview.Generation.Tests.Reports;

/// <summary>The streamed workbook: its exact content for a known batch, its destinations and how it consumes the batch.</summary>
public sealed class BatchReportStreamingTests
{
    private static readonly string[] Header = ["文件", "文号", "标题", "条款", "规则编号", "规则名称", "严重程度", "类别", "原文", "法律依据", "修改建议", "状态", "来源"];

    /// <summary>Two reviewed files (one finding suppressed, one quote with edge spaces) and two unreadable ones.</summary>
    private static List<BatchDocument> KnownBatch() =>
    [
        BatchDocument.Recorded("a.docx", "关于加强农贸市场管理的办法", "晋市监〔2024〕3号",
        [
            new Finding
            {
                RuleId = "LR2010", Title = "违法设定保证金", Category = RuleCategory.Fee, Severity = FindingSeverity.Error,
                Location = new FindingLocation("第五条", "第二章 第五条", 120, 5, 8), Quote = "缴纳保证金", Message = "不得要求缴纳保证金",
                LegalBasis = ["《优化营商环境条例》第二十五条", "国办发〔2018〕37号"], Suggestion = "删除缴纳保证金的要求",
            },
            new Finding
            {
                RuleId = "LR5001", Title = "文号格式不规范", Category = RuleCategory.Form, Severity = FindingSeverity.Info,
                Location = new FindingLocation("文件整体", string.Empty, 0, 0, -1), Quote = string.Empty, Message = "文号格式不规范",
                LegalBasis = ["《党政机关公文格式》"], Suppression = new Suppression("林律师", "按本单位发文规范编排", "external"),
            },
        ]),
        new BatchDocument("损坏的文件.docx", null, "文件已损坏，无法解析"),
        BatchDocument.Recorded("b.txt", "通知", null,
        [
            new Finding
            {
                RuleId = "LR4001", Title = "未进行公平竞争审查", Category = RuleCategory.Procedure, Severity = FindingSeverity.Warning,
                Location = new FindingLocation("文件整体", string.Empty, 0, 0, -1), Quote = "  前后有空格  ", Message = "未附公平竞争审查材料",
                LegalBasis = [], Suggestion = "补充公平竞争审查结论",
            },
        ]),
        new BatchDocument("c.txt", null),
    ];

    private static byte[] Write(IEnumerable<BatchDocument> batch)
    {
        using var ms = new MemoryStream();
        BatchReportWriter.Write(batch, ms);
        return ms.ToArray();
    }

    private static WorksheetPart Sheet(SpreadsheetDocument doc, string name)
    {
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook!.Descendants<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)wb.GetPartById(sheet.Id!);
    }

    /// <summary>Each row's cell values, checking on the way that rows and cells carry their own references.</summary>
    private static List<string[]> Values(WorksheetPart part)
    {
        var rows = part.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            Assert.That(rows[r].RowIndex!.Value, Is.EqualTo((uint)(r + 1)));
            var cells = rows[r].Elements<Cell>().ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                Assert.That(cells[c].CellReference!.Value, Is.EqualTo($"{(char)('A' + c)}{r + 1}"));
            }
        }

        return rows.Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InnerText : c.CellValue?.Text ?? string.Empty).ToArray()).ToList();
    }

    [Test]
    public void KnownBatch_IsValid_AndReadsBackCellForCell()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Write(KnownBatch())), false);
        OpenXmlAssert.IsValid(doc);
        var findings = Sheet(doc, "问题清单");
        var summary = Sheet(doc, "汇总");
        var expectedFindings = new[]
        {
            Header,
            ["a.docx", "晋市监〔2024〕3号", "关于加强农贸市场管理的办法", "第五条", "LR2010", "违法设定保证金", "错误", "违法设定收费、征收", "缴纳保证金", "《优化营商环境条例》第二十五条\n国办发〔2018〕37号", "删除缴纳保证金的要求", "待处理", "规则"],
            ["a.docx", "晋市监〔2024〕3号", "关于加强农贸市场管理的办法", "文件整体", "LR5001", "文号格式不规范", "提示", "文本格式与起草规范", string.Empty, "《党政机关公文格式》", string.Empty, "已排除：按本单位发文规范编排", "规则"],
            ["b.txt", string.Empty, "通知", "文件整体", "LR4001", "未进行公平竞争审查", "警告", "制定程序", "  前后有空格  ", string.Empty, "补充公平竞争审查结论", "待处理", "规则"],
        };
        var expectedSummary = new[]
        {
            new[] { "项目", "数量" }, ["送审文件总数", "4"], ["已审查", "2"], ["无法读取", "2"], ["审查规则运行出错（结果可能不完整）", "0"], ["发现问题（未排除）", "2"], ["其中模型提示（仅供参考，未经规则确认）", "0"], ["已排除", "1"],
            [string.Empty, string.Empty], ["按严重程度", string.Empty], ["错误", "1"], ["警告", "1"], ["提示", "0"],
            [string.Empty, string.Empty], ["按问题类别", string.Empty],
            ["制定主体与权限", "0"], ["违法设定行政许可", "0"], ["违法设定行政处罚", "0"], ["违法设定行政强制", "0"], ["违法设定收费、征收", "1"],
            ["减损权利、增加义务", "0"], ["扩权减责", "0"], ["妨碍公平竞争", "0"], ["制定程序", "1"], ["文本格式与起草规范", "0"], ["引用依据的有效性", "0"],
            [string.Empty, string.Empty], ["无法读取的文件", "原因"], ["损坏的文件.docx", "文件已损坏，无法解析"], ["c.txt", "无法读取"],
        };
        var wb = doc.WorkbookPart!.Workbook!;
        var filter = wb.DefinedNames!.Elements<DefinedName>().Single();
        var findingRows = findings.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var summaryCells = summary.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().SelectMany(r => r.Elements<Cell>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Values(findings), Is.EqualTo(expectedFindings));
            Assert.That(Values(summary), Is.EqualTo(expectedSummary));
            Assert.That(wb.Descendants<Sheet>().Select(s => s.Name!.Value), Is.EqualTo(new[] { "汇总", "问题清单" }));
            Assert.That(filter.Name!.Value, Is.EqualTo("_xlnm._FilterDatabase"));
            Assert.That(filter.LocalSheetId!.Value, Is.EqualTo(1U));
            Assert.That(filter.Hidden!.Value, Is.True);
            Assert.That(filter.Text, Is.EqualTo("'问题清单'!$A$1:$M$4"));
            Assert.That(findings.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value, Is.EqualTo("A1:M4"));
            var pane = findings.Worksheet.Descendants<Pane>().Single();
            Assert.That((pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value), Is.EqualTo((PaneStateValues.Frozen, 1D, "A2")));
            Assert.That(findings.Worksheet.Descendants<Column>().Select(c => c.Width!.Value), Is.EqualTo(new double[] { 28, 20, 34, 18, 10, 24, 10, 16, 40, 40, 40, 12, 20 }));
            Assert.That(summary.Worksheet.Descendants<Column>().Select(c => c.Width!.Value), Is.EqualTo(new double[] { 30, 40 }));
            Assert.That(findingRows[0].Elements<Cell>().All(c => c.StyleIndex!.Value == 1U), Is.True, "header style");
            Assert.That(findingRows[1].Elements<Cell>().Select(c => c.StyleIndex!.Value), Is.EqualTo(new uint[] { 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 0 }), "wrap style from 原文 to 状态");
            Assert.That(findingRows.SelectMany(r => r.Elements<Cell>()).All(c => c.DataType!.Value == CellValues.InlineString && c.InlineString!.Text!.Space!.Value == SpaceProcessingModeValues.Preserve), Is.True, "inline strings");
            Assert.That(summaryCells.Where(c => c.DataType!.Value == CellValues.Number).Select(c => c.CellReference!.Value), Is.EqualTo(summaryCells.Where(c => c.CellReference!.Value!.StartsWith('B') && int.TryParse(c.InnerText, out _)).Select(c => c.CellReference!.Value)), "counts are numbers");
            Assert.That(doc.WorkbookPart.WorkbookStylesPart!.Stylesheet!.CellFormats!.Count!.Value, Is.EqualTo(3U));
            Assert.That(doc.PackageProperties.Title, Is.EqualTo("规范性文件批量审查报告"));
            Assert.That(doc.PackageProperties.Creator, Is.EqualTo("LegalReview"));
        });
    }

    [Test]
    public void EmptyBatch_HasTheHeaderOnly()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Write([])), false);
        OpenXmlAssert.IsValid(doc);
        var findings = Sheet(doc, "问题清单");
        var summary = Values(Sheet(doc, "汇总"));
        Assert.Multiple(() =>
        {
            Assert.That(Values(findings), Is.EqualTo(new[] { Header }));
            Assert.That(findings.Worksheet!.GetFirstChild<AutoFilter>()!.Reference!.Value, Is.EqualTo("A1:M1"));
            Assert.That(doc.WorkbookPart!.Workbook!.DefinedNames!.Elements<DefinedName>().Single().Text, Is.EqualTo("'问题清单'!$A$1:$M$1"));
            Assert.That(summary[1], Is.EqualTo(new[] { "送审文件总数", "0" }));
            Assert.That(summary.Any(r => r[0] == "无法读取的文件"), Is.False);
        });
    }

    [Test]
    public void NonSeekableDestination_GetsTheSameWorkbook()
    {
        using var forward = new NonSeekableStream();
        BatchReportWriter.Write(KnownBatch(), forward);
        using var streamed = SpreadsheetDocument.Open(new MemoryStream(forward.ToArray()), false);
        using var seekable = SpreadsheetDocument.Open(new MemoryStream(Write(KnownBatch())), false);
        OpenXmlAssert.IsValid(streamed);
        Assert.Multiple(() =>
        {
            foreach (var name in new[] { "汇总", "问题清单" })
            {
                Assert.That(Sheet(streamed, name).Worksheet!.OuterXml, Is.EqualTo(Sheet(seekable, name).Worksheet!.OuterXml), name);
            }

            Assert.That(streamed.WorkbookPart!.Workbook!.OuterXml, Is.EqualTo(seekable.WorkbookPart!.Workbook!.OuterXml));
        });
    }

    [Test]
    public void LargeBatch_IsEnumeratedOnce_OneDocumentAtATime()
    {
        // 2,010 files, 10 of them unreadable, 20,000 findings, each made only when the writer reads it.
        var batch = new LazyBatch(2_010, 10, unreadableEvery: 201);
        var bytes = Write(batch);
        Assert.Multiple(() =>
        {
            Assert.That(batch.Enumerations, Is.EqualTo(1), "enumerated once");
            Assert.That(batch.Yielded, Is.EqualTo(2_010));
            Assert.That(batch.MaxPending, Is.EqualTo(1), "the next document is asked for only once the last one's findings are written");
            Assert.That(batch.FindingsMade, Is.EqualTo(20_000), "each finding read once");
        });

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = 0;
        string? lastRow = null;
        using (var reader = OpenXmlReader.Create(Sheet(doc, "问题清单")))
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    rows++;
                    lastRow = reader.Attributes.Single(a => a.LocalName == "r").Value;
                }
            }
        }

        var summary = Values(Sheet(doc, "汇总")).Where(r => r[0].Length > 0).GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.First()[1]);
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(20_001));
            Assert.That(lastRow, Is.EqualTo("20001"));
            Assert.That(doc.WorkbookPart!.Workbook!.DefinedNames!.Elements<DefinedName>().Single().Text, Is.EqualTo("'问题清单'!$A$1:$M$20001"));
            Assert.That(summary["送审文件总数"], Is.EqualTo("2010"));
            Assert.That(summary["无法读取"], Is.EqualTo("10"));
            Assert.That(summary["已排除"], Is.EqualTo(Enumerable.Range(0, 2_010).Where(d => d % 201 != 200).SelectMany(d => Enumerable.Range(0, 10).Select(i => LazyBatch.FindingOf(d, i))).Count(f => f.IsSuppressed).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public void Cancellation_IsCheckedBetweenDocuments()
    {
        using var cts = new CancellationTokenSource();
        var batch = new LazyBatch(100, 3) { OnYield = d => { if (d == 5) { cts.Cancel(); } } };
        Assert.Throws<OperationCanceledException>(() => BatchReportWriter.Write(batch, new MemoryStream(), cts.Token));
        Assert.That(batch.Yielded, Is.EqualTo(6));
    }

    [Test]
    public async Task WriteFileAsync_ReplacesTheFile_AndLeavesNothingBehindWhenCancelled()
    {
        var dir = Directory.CreateTempSubdirectory("batch-report-");
        try
        {
            var path = Path.Combine(dir.FullName, "batch-report.xlsx");
            await File.WriteAllTextAsync(path, "an older report");
            await BatchReportWriter.WriteFileAsync(KnownBatch(), path);
            using (var doc = SpreadsheetDocument.Open(path, false))
            {
                Assert.That(Values(Sheet(doc, "问题清单")), Has.Count.EqualTo(4));
            }

            Assert.That(dir.GetFiles().Select(f => f.Name), Is.EqualTo(new[] { "batch-report.xlsx" }));

            File.Delete(path);
            using var cts = new CancellationTokenSource();
            var batch = new LazyBatch(100, 3) { OnYield = d => { if (d == 50) { cts.Cancel(); } } };
            Assert.ThrowsAsync<OperationCanceledException>(() => BatchReportWriter.WriteFileAsync(batch, path, cts.Token));
            Assert.That(dir.GetFiles(), Is.Empty, "neither the report nor its temporary file");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
