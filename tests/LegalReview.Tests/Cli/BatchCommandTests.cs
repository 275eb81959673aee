using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LegalReview.Cli.Commands;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Cli;

public sealed class BatchCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "lr-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_dir, "in", "sub"));
        foreach (var f in Directory.GetFiles(RepoPaths.Drafts).Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            File.Copy(f, Path.Combine(_dir, "in", Path.GetFileName(f).StartsWith("0", StringComparison.Ordinal) ? Path.GetFileName(f) : Path.Combine("sub", Path.GetFileName(f))));
        }

        File.WriteAllBytes(Path.Combine(_dir, "in", "sub", "空.docx"), []);
        File.WriteAllText(Path.Combine(_dir, "in", "sub", "改名.docx"), "不是文档");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private async Task<(int Code, string Out)> Run(bool resume = false, int parallel = 2)
    {
        var o = new StringWriter();
        var code = await BatchCommand.RunAsync([Path.Combine(_dir, "in")], Path.Combine(_dir, "out"), parallel, resume, null, "2026-11-27", Path.Combine(_dir, "out", "batch.sarif"), BatchCommand.DefaultReportingBody, o, TextWriter.Null, false, CancellationToken.None);
        return (code, o.ToString());
    }

    private List<JsonElement> Lines() =>
        File.ReadAllLines(Path.Combine(_dir, "out", "findings.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Test]
    public async Task EveryFileIsRecorded_UnreadableOnesWithTheirReason_AndTheExitCodeSaysSo()
    {
        var (code, output) = await Run();
        var lines = Lines();
        Assert.That(lines, Has.Count.EqualTo(15));
        Assert.That(lines.Count(l => l.GetProperty("status").GetString() == "reviewed"), Is.EqualTo(13));
        Assert.That(lines.Where(l => l.GetProperty("status").GetString() == "failed").Select(l => l.GetProperty("reason").GetString()), Is.EquivalentTo(new[] { "EmptyFile", "NotAPackage" }));
        Assert.That(lines.Select(l => l.GetProperty("file").GetString()), Does.Contain("sub/空.docx"));
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.Contain("无法读取 2 份"));
        var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "summary.json"))).RootElement;
        Assert.That(summary.GetProperty("reviewed").GetInt32(), Is.EqualTo(13));
        Assert.That(summary.GetProperty("validityEnded").EnumerateArray().Select(e => e.GetString()), Does.Contain("02-opinions-headings.docx"), "有效期至2026年4月30日 has ended by 2026-11-27");
    }

    [Test]
    public async Task Resume_SkipsWhatIsDone_AndRedoesATruncatedLastLine()
    {
        await Run();
        var path = Path.Combine(_dir, "out", "findings.jsonl");
        var all = File.ReadAllLines(path);
        // Simulate a kill: keep five complete lines and half of the sixth.
        File.WriteAllText(path, string.Join("\n", all.Take(5)) + "\n" + all[5][..(all[5].Length / 2)]);
        var (code, output) = await Run(resume: true);
        var lines = Lines();
        Assert.That(lines, Has.Count.EqualTo(15), "every document exactly once");
        Assert.That(lines.Select(l => l.GetProperty("file").GetString()), Is.Unique);
        Assert.That(output, Does.Contain("跳过（此前已审查）5 份"));
        Assert.That(code, Is.EqualTo(1));
    }

    [Test]
    public async Task Cancellation_LeavesOnlyCompleteLines()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var o = new StringWriter();
        var code = await BatchCommand.RunAsync([Path.Combine(_dir, "in")], Path.Combine(_dir, "out"), 1, false, null, null, null, BatchCommand.DefaultReportingBody, o, TextWriter.Null, false, cts.Token);
        Assert.That(code, Is.EqualTo(BatchCommand.Interrupted));
        Assert.That(File.ReadAllLines(Path.Combine(_dir, "out", "findings.jsonl")).All(l => JsonDocument.Parse(l) is not null));
        Assert.That(o.ToString(), Does.Contain("已中断"));
    }

    [Test]
    public async Task Workbook_ListsEveryFindingOfTheJournal()
    {
        await Run();
        var reviewed = Reviewed(Lines());
        var rows = FindingRows(Path.Combine(_dir, "out", "batch-report.xlsx"));
        Assert.That(rows, Has.Count.EqualTo(reviewed.Sum(l => AllFindings(l).Count())));
        Assert.That(rows, Has.Count.GreaterThan(0), "the seed drafts carry findings");
        var expected = reviewed.SelectMany(l => AllFindings(l).Select(f => (l.GetProperty("file").GetString(), f.GetProperty("ruleId").GetString())));
        Assert.That(rows, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task CleanupReport_ListsEveryReviewedDocument()
    {
        await Run();
        var reviewed = Reviewed(Lines());
        var text = DocxText(Path.Combine(_dir, "out", "cleanup-report.docx"));
        Assert.That(text, Does.Contain($"本次共清理文件{reviewed.Count}件"));
        foreach (var line in reviewed)
        {
            Assert.That(text, Does.Contain(line.GetProperty("title").GetString()), line.GetProperty("file").GetString());
        }

        Assert.That(text, Does.Contain("有效期已于2026年4月30日届满"), "02-opinions-headings.docx is proposed for repeal");
    }

    [Test]
    public async Task Sarif_HasOneRunWithEveryResult()
    {
        await Run();
        var reviewed = Reviewed(Lines());
        var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "batch.sarif"))).RootElement;
        var runs = sarif.GetProperty("runs");
        Assert.That(runs.GetArrayLength(), Is.EqualTo(1));
        Assert.That(runs[0].GetProperty("results").GetArrayLength(), Is.EqualTo(reviewed.Sum(l => AllFindings(l).Count())));
        Assert.That(runs[0].GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()).ToList(), Is.Unique.And.Count.EqualTo(reviewed.Count));
    }

    [Test]
    public async Task ResumedRun_ReportsCoverEachDocumentOnce()
    {
        await Run();
        var complete = Reviewed(Lines());
        var findings = complete.Sum(l => AllFindings(l).Count());
        var path = Path.Combine(_dir, "out", "findings.jsonl");
        var all = File.ReadAllLines(path);
        File.WriteAllText(path, string.Join("\n", all.Take(7)) + "\n" + all[7][..(all[7].Length / 3)]);
        foreach (var report in new[] { "batch-report.xlsx", "cleanup-report.docx", "batch.sarif" })
        {
            File.Delete(Path.Combine(_dir, "out", report));
        }

        await Run(resume: true);
        Assert.That(FindingRows(Path.Combine(_dir, "out", "batch-report.xlsx")), Has.Count.EqualTo(findings));
        Assert.That(DocxText(Path.Combine(_dir, "out", "cleanup-report.docx")), Does.Contain($"本次共清理文件{complete.Count}件"));
        var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "batch.sarif"))).RootElement.GetProperty("runs")[0];
        Assert.That(run.GetProperty("artifacts").GetArrayLength(), Is.EqualTo(complete.Count));
        Assert.That(run.GetProperty("results").GetArrayLength(), Is.EqualTo(findings));
    }

    /// <summary>A journal line's rule findings and then its hints (the model's findings, apart since schema 1.2).</summary>
    internal static IEnumerable<JsonElement> AllFindings(JsonElement line) =>
        line.GetProperty("findings").EnumerateArray().Concat(line.TryGetProperty("hints", out var h) ? h.EnumerateArray() : []);

    internal static List<JsonElement> Reviewed(IEnumerable<JsonElement> lines) =>
        lines.Where(l => l.GetProperty("status").GetString() == "reviewed").ToList();

    /// <summary>(file, rule id) of every row of the 问题清单 sheet.</summary>
    internal static List<(string? File, string? Rule)> FindingRows(string xlsx)
    {
        using var doc = SpreadsheetDocument.Open(xlsx, false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Descendants<Sheet>().Single(s => s.Name == "问题清单");
        var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().Skip(1)
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray())
            .Select(c => ((string?)c[0], (string?)c[4]))
            .ToList();
    }

    internal static string DocxText(string docx)
    {
        using var doc = WordprocessingDocument.Open(docx, false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
