using LegalReview.Cli;
using LegalReview.Cli.Commands;
using LegalReview.Testing;

namespace LegalReview.Tracking.Tests.Cli;

public sealed class TrackingCommandsTests
{
    private TempDirectory _folder = null!;
    private string _db = null!;

    [SetUp]
    public void CreatePath()
    {
        // Each test owns a fresh folder: a test that never creates the database must not depend on one that did.
        _folder = new TempDirectory("lr-tracking-cli-");
        _db = _folder.Combine("tracking.db");
    }

    [TearDown]
    public void DeleteDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Test]
    public async Task Deadline_PrintsTheDueDateFirst_ThenTheReasoning()
    {
        var stdout = new StringWriter();

        var code = await DeadlineCommand.RunAsync("2025-09-05", 30, false, stdout, new StringWriter());

        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(lines[0], Is.EqualTo("2025-10-09"));
        Assert.That(lines, Has.Some.Contains("第二百零三条"));
    }

    [Test]
    public async Task Deadline_InWorkingDays()
    {
        var stdout = new StringWriter();

        await DeadlineCommand.RunAsync("2025-09-26", 7, true, stdout, new StringWriter());

        Assert.That(stdout.ToString(), Does.StartWith("2025-10-13"));
    }

    [Test]
    public async Task Deadline_WithABadDate_ExitsWithBadInput()
    {
        var stderr = new StringWriter();

        var code = await DeadlineCommand.RunAsync("2025/09/05", 30, false, new StringWriter(), stderr);

        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr.ToString(), Does.Contain("YYYY-MM-DD"));
    }

    [Test]
    public async Task ImportThenStats_PrintsTheReportParagraph_AndExportRoundTrips()
    {
        var stdout = new StringWriter();
        Assert.That(await TrackingCommand.ImportAsync(RepositoryFiles.Seed2024, _db, stdout, new StringWriter(), CancellationToken.None), Is.EqualTo(ExitCodes.Ok));
        Assert.That(await StatsCommand.RunAsync(2024, _db, stdout, new StringWriter(), CancellationToken.None), Is.EqualTo(ExitCodes.Ok));
        var exported = new StringWriter();
        Assert.That(await TrackingCommand.ExportAsync(null, _db, exported, new StringWriter(), CancellationToken.None), Is.EqualTo(ExitCodes.Ok));

        Assert.That(stdout.ToString(), Does.Contain("共收部门送审文件194份，审结193份"));
        var overdue = new StringWriter();
        Assert.That(await FilingCommand.OverdueAsync(_db, "2024-12-31", 7, overdue, CancellationToken.None), Is.EqualTo(ExitCodes.Ok));
        Assert.That(overdue.ToString(), Does.Contain("应评估清理的文件 2 件").And.Contain("晋政规〔2020〕2号"));
        Assert.That(exported.ToString(), Is.EqualTo(await File.ReadAllTextAsync(RepositoryFiles.Seed2024)));
    }

    [Test]
    public async Task Filing_AddAdvanceAndOverdue()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        await TrackingCli.RunAsync(stderr, () => FilingCommand.AddAsync(_db, "upper", "晋政规〔2024〕8号", "晋江市人民政府关于印发晋江市城市道路挖掘管理办法的通知", "晋江市人民政府", "泉州市人民政府", "2024-09-20", null, "王敏", null, stdout, CancellationToken.None));
        var id = stdout.ToString().Split('：')[0].Replace("已登记备案 ", string.Empty, StringComparison.Ordinal).Trim();

        Assert.That(stdout.ToString(), Does.Contain("报备期限 2024-10-08"));
        Assert.That(await FilingCommand.OverdueAsync(_db, "2024-10-09", 7, stdout, CancellationToken.None), Is.EqualTo(ExitCodes.Findings));
        Assert.That(await TrackingCli.RunAsync(stderr, () => FilingCommand.AdvanceAsync(_db, id, "审查通过", "2024-10-09", null, null, "王敏", null, null, stdout, CancellationToken.None)), Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr.ToString(), Does.Contain("不能从“待报送”转为“审查通过”"));
        Assert.That(await TrackingCli.RunAsync(stderr, () => FilingCommand.AdvanceAsync(_db, id, "submitted", "2024-09-27", null, "报送", "王敏", 1, null, stdout, CancellationToken.None)), Is.EqualTo(ExitCodes.Ok));
        Assert.That(await TrackingCli.RunAsync(stderr, () => FilingCommand.AdvanceAsync(_db, id, "registered", "2024-09-30", null, "登记", "王敏", 1, null, stdout, CancellationToken.None)), Is.EqualTo(ExitCodes.BadInput), "stale version");
        Assert.That(await FilingCommand.OverdueAsync(_db, "2024-10-09", 7, stdout, CancellationToken.None), Is.EqualTo(ExitCodes.Ok));
    }

    [Test]
    public async Task Projects_AddAdvanceList()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        await ProjectsCommand.AddAsync(_db, 2025, "晋江市户外广告设置管理办法", "申报立项", "晋江市城市管理局", "2025-10-31", "2025-01-06", "黄建伟", stdout, CancellationToken.None);
        var id = stdout.ToString().Split('：')[0].Replace("已入库 ", string.Empty, StringComparison.Ordinal).Trim();

        Assert.That(await TrackingCli.RunAsync(stderr, () => ProjectsCommand.AdvanceAsync(_db, id, "refused", "2025-01-20", null, null, "黄建伟", null, stdout, CancellationToken.None)), Is.EqualTo(ExitCodes.BadInput));
        Assert.That(await ProjectsCommand.AdvanceAsync(_db, id, "refused", "2025-01-20", null, "上位法已有明确规定", "黄建伟", null, stdout, CancellationToken.None), Is.EqualTo(ExitCodes.Ok));
        Assert.That(await ProjectsCommand.ListAsync(_db, 2025, stdout, CancellationToken.None), Is.EqualTo(ExitCodes.Ok));
        Assert.That(stdout.ToString(), Does.Contain("不予立项").And.Contain("理由：上位法已有明确规定").And.Contain("共 1 件。"));
    }

    [TestCase("Host=127.0.0.1;Database=x", true)]
    [TestCase("postgres://u:p@h/x", true)]
    [TestCase("postgresql://u:p@h/x", true)]
    [TestCase("/var/lib/legalreview/tracking.db", false)]
    public void DbOption_SelectsTheStoreByItsShape(string value, bool postgres)
    {
        Assert.That(TrackingCli.IsPostgreSql(value), Is.EqualTo(postgres));
        Assert.That(TrackingCli.DefaultDatabasePath, Does.EndWith(Path.Combine("legalreview", "tracking.db")));
    }
}
