using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Generation.Reports;
using LegalReview.Generation.Tests.Support;

namespace LegalReview.Generation.Tests.Reports;

/// <summary>The streamed 清理 report: a large report read back entry for entry, its destinations and its file.</summary>
public sealed partial class CleanupReportStreamingTests
{
    private static readonly string[] Header = ["序号", "文件名称", "文号", "清理理由"];

    /// <summary>
    /// Entries whose actions, 文号 and number of reasons vary without a short period, so that an entry written in
    /// the wrong table, out of order or with another entry's reasons shows.
    /// </summary>
    private static List<CleanupEntry> Entries(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new CleanupEntry
        {
            Title = $"某市关于加强第{i}类市场经营管理的办法",
            DocumentNumber = i % 7 == 3 ? null : $"某政规〔{2010 + i % 13}〕{i}号",
            Action = (((i * i) + (i / 3)) % 5) switch { 0 or 1 => CleanupAction.Keep, 2 or 3 => CleanupAction.Amend, _ => CleanupAction.Repeal },
            Reasons = [.. Enumerable.Range(0, 1 + i % 4).Select(j => $"第{j + 1}项理由：第{i}件文件第{j + 3}条与上位法不一致。")],
        }),
    ];

    private static CleanupReportInput Input(IReadOnlyList<CleanupEntry> entries) => new()
    {
        ReportingBody = "某市司法局",
        ReportNumber = "某司〔2024〕1号",
        Recipient = "某市人民政府",
        Scope = "现行有效的市政府行政规范性文件",
        Entries = entries,
        Date = new DateOnly(2024, 3, 5),
    };

    private static byte[] Write(CleanupReportInput input)
    {
        using var ms = new MemoryStream();
        CleanupReportWriter.Write(input, ms);
        return ms.ToArray();
    }

    /// <summary>A body row's cells, each as its paragraphs' texts.</summary>
    private static string[][] Cells(TableRow row) =>
        [.. row.Elements<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => p.InnerText).ToArray())];

    /// <summary>The expected body rows of a table: 序号, 文件名称, 文号 (— when none) and one paragraph per reason.</summary>
    private static string[][][] Expected(IEnumerable<CleanupEntry> entries) =>
    [
        .. entries.Select((e, i) => new[]
        {
            [(i + 1).ToString(CultureInfo.InvariantCulture)], [e.Title], [e.DocumentNumber ?? "—"], e.Reasons.ToArray(),
        }),
    ];

    [GeneratedRegex("r:id=\"[^\"]*\"")]
    private static partial Regex RelationshipId();

    [Test]
    public void ManyEntries_AreValid_AndReadBackEntryForEntryInOrder()
    {
        var entries = Entries(5_000);
        using var doc = WordprocessingDocument.Open(new MemoryStream(Write(Input(entries))), false);
        OpenXmlAssert.IsValid(doc);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<Table>().ToList();
        var text = OpenXmlAssert.BodyText(doc);
        var byAction = new[] { CleanupAction.Repeal, CleanupAction.Amend, CleanupAction.Keep }
            .Select(a => entries.Where(e => e.Action == a).ToList())
            .ToList();
        Assert.That(byAction.Select(l => l.Count), Is.All.GreaterThan(500), "every table is large");
        Assert.That(tables, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain($"本次共清理文件5000件，经清理，拟保留{byAction[2].Count}件，拟修改{byAction[1].Count}件，拟废止{byAction[0].Count}件。"));
            Assert.That(text, Does.Contain($"一、拟废止的文件（{byAction[0].Count}件）"));
            Assert.That(text, Does.Contain($"二、拟修改的文件（{byAction[1].Count}件）"));
            Assert.That(text, Does.Contain($"三、拟保留的文件（{byAction[2].Count}件）"));
            Assert.That(text, Does.EndWith("以上清理意见，请审定。\n\n\n某市司法局\n2024年3月5日"));
            for (var t = 0; t < 3; t++)
            {
                var rows = tables[t].Elements<TableRow>().ToList();
                Assert.That(rows[0].TableRowProperties?.GetFirstChild<TableHeader>(), Is.Not.Null, "the header row repeats on each page");
                Assert.That(Cells(rows[0]), Is.EqualTo(Header.Select(h => new[] { h }).ToArray()));
                Assert.That(rows.Skip(1).Select(Cells).ToArray(), Is.EqualTo(Expected(byAction[t])), $"table {t + 1}");
                Assert.That(tables[t].NextSibling<Paragraph>()?.InnerText, Is.Empty, "a blank line after the table");
            }
        });
    }

    [Test]
    public void BodyRows_AreLaidOutAsTheHeaderRow_InFangSong()
    {
        var entries = new List<CleanupEntry>
        {
            new() { Title = "2019", DocumentNumber = null, Action = CleanupAction.Keep, Reasons = ["第一项理由。", "第二项理由。"] },
        };
        using var doc = WordprocessingDocument.Open(new MemoryStream(Write(Input(entries))), false);
        OpenXmlAssert.IsValid(doc);
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value).ToList();
        var rows = table.Elements<TableRow>().ToList();
        var header = rows[0].Elements<TableCell>().ToList();
        var cells = rows[1].Elements<TableCell>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows[1].TableRowProperties, Is.Null);
            Assert.That(cells.Select(c => c.TableCellProperties!.OuterXml), Is.EqualTo(header.Select(c => c.TableCellProperties!.OuterXml)));
            Assert.That(cells.Select(c => c.TableCellProperties!.TableCellWidth!.Width!.Value), Is.EqualTo(grid));
            Assert.That(
                cells.Select(c => c.Elements<Paragraph>().Select(p => p.ParagraphProperties!.Justification!.Val!.Value).ToArray()),
                Is.EqualTo(new[] { new[] { JustificationValues.Center }, [JustificationValues.Center], [JustificationValues.Left], [JustificationValues.Left, JustificationValues.Left] }),
                "numbers centred, text left");
            foreach (var run in cells.SelectMany(c => c.Descendants<Run>()))
            {
                Assert.That(run.RunProperties!.RunFonts!.EastAsia!.Value, Is.EqualTo("仿宋_GB2312"));
                Assert.That(run.RunProperties.FontSize!.Val!.Value, Is.EqualTo("24"));
                Assert.That(run.GetFirstChild<Text>()!.Space!.Value, Is.EqualTo(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve));
            }

            Assert.That(header.SelectMany(c => c.Descendants<RunFonts>()).Select(f => f.EastAsia!.Value), Is.All.EqualTo("黑体"));
        });
    }

    [Test]
    public void NonSeekableDestination_GetsTheSameReport()
    {
        var input = Input(Entries(200));
        using var forward = new NonSeekableStream();
        CleanupReportWriter.Write(input, forward);
        using var streamed = WordprocessingDocument.Open(new MemoryStream(forward.ToArray()), false);
        using var seekable = WordprocessingDocument.Open(new MemoryStream(Write(input)), false);
        OpenXmlAssert.IsValid(streamed);

        // The relationship ids are made up afresh for each package.
        static string Xml(WordprocessingDocument d) => RelationshipId().Replace(d.MainDocumentPart!.Document!.OuterXml, "r:id=\"\"");
        Assert.Multiple(() =>
        {
            Assert.That(Xml(streamed), Is.EqualTo(Xml(seekable)));
            Assert.That(streamed.MainDocumentPart!.Document!.Body!.Elements<Table>().Sum(t => t.Elements<TableRow>().Count()), Is.EqualTo(203));
            Assert.That(streamed.MainDocumentPart.FooterParts.Count(), Is.EqualTo(2));
            Assert.That(streamed.PackageProperties.Title, Is.EqualTo("关于行政规范性文件清理情况的报告"));
            Assert.That(streamed.PackageProperties.Creator, Is.EqualTo("某市司法局"));
        });
    }

    [Test]
    public void NoEntries_HasNoTables()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Write(Input([]))), false);
        OpenXmlAssert.IsValid(doc);
        var text = OpenXmlAssert.BodyText(doc);
        Assert.Multiple(() =>
        {
            Assert.That(doc.MainDocumentPart!.Document!.Body!.Elements<Table>(), Is.Empty);
            Assert.That(text, Does.Contain("本次共清理文件0件，经清理，拟保留0件，拟修改0件，拟废止0件。"));
            Assert.That(text.Split('\n').Count(l => l == "无。"), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task WriteFileAsync_ReplacesTheFile_AndLeavesNothingBehindWhenCancelled()
    {
        var dir = Directory.CreateTempSubdirectory("cleanup-report-");
        try
        {
            var path = Path.Combine(dir.FullName, "cleanup-report.docx");
            await File.WriteAllTextAsync(path, "an older report");
            await CleanupReportWriter.WriteFileAsync(Input(Entries(30)), path);
            using (var doc = WordprocessingDocument.Open(path, false))
            {
                Assert.That(doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Sum(t => t.Elements<TableRow>().Count()), Is.EqualTo(33));
            }

            Assert.That(dir.GetFiles().Select(f => f.Name), Is.EqualTo(new[] { "cleanup-report.docx" }));

            File.Delete(path);
            using var cts = new CancellationTokenSource();
            await cts.CancelAsync();
            Assert.ThrowsAsync<OperationCanceledException>(() => CleanupReportWriter.WriteFileAsync(Input(Entries(30)), path, cts.Token));
            Assert.That(dir.GetFiles(), Is.Empty, "neither the report nor its temporary file");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
