using System.Text.Json;
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
        var code = await BatchCommand.RunAsync([Path.Combine(_dir, "in")], Path.Combine(_dir, "out"), parallel, resume, null, "2026-11-27", o, TextWriter.Null, false, CancellationToken.None);
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
        var code = await BatchCommand.RunAsync([Path.Combine(_dir, "in")], Path.Combine(_dir, "out"), 1, false, null, null, o, TextWriter.Null, false, cts.Token);
        Assert.That(code, Is.EqualTo(BatchCommand.Interrupted));
        Assert.That(File.ReadAllLines(Path.Combine(_dir, "out", "findings.jsonl")).All(l => JsonDocument.Parse(l) is not null));
        Assert.That(o.ToString(), Does.Contain("已中断"));
    }
}
