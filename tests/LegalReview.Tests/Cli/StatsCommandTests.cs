using DocumentFormat.OpenXml.Packaging;
using LegalReview.Cli;
using LegalReview.Cli.Commands;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Cli;

public sealed class StatsCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "lr-stats-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [Test]
    public async Task FormatDocx_WritesTheReportParagraphAndFiguresToTheFile()
    {
        var db = Path.Combine(_dir, "tracking.db");
        var docx = Path.Combine(_dir, "2024年度统计.docx");
        Assert.That(await TrackingCommand.ImportAsync(Path.Combine(RepoPaths.Seeds, "tracking", "2024.json"), db, TextWriter.Null, TextWriter.Null, CancellationToken.None), Is.EqualTo(ExitCodes.Ok));

        var stdout = new StringWriter();
        var code = await StatsCommand.RunAsync(2024, db, "docx", docx, stdout, TextWriter.Null, CancellationToken.None);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(stdout.ToString(), Does.Contain(docx));
        using var word = WordprocessingDocument.Open(docx, false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.That(text, Does.Contain("共收部门送审文件194份，审结193份"));
    }

    [Test]
    public async Task FormatDocx_WithoutOut_IsBadUsage()
    {
        var stderr = new StringWriter();
        var code = await StatsCommand.RunAsync(2024, Path.Combine(_dir, "tracking.db"), "docx", null, TextWriter.Null, stderr, CancellationToken.None);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr.ToString(), Does.Contain("--out"));
    }
}
