using System.Diagnostics;
using System.Text.Json;
using LegalReview.Corpus;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Cli;

/// <summary>
/// Kills a real <c>legalreview batch</c> process with SIGKILL part-way through, as an operator or the OOM killer
/// would, and checks that <c>--resume</c> then reviews every document exactly once, in the journal and the reports.
/// </summary>
public sealed class BatchKillTests
{
    private const int Drafts = 300;

    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Path.Combine(Path.GetTempPath(), "lr-batch-kill-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }

    [Test]
    [CancelAfter(600_000)]
    public async Task KilledRun_ThenResume_ReviewsEveryDocumentExactlyOnce(CancellationToken ct)
    {
        var input = Path.Combine(_dir, "in");
        var output = Path.Combine(_dir, "out");
        new CorpusGenerator(Path.Combine(RepoPaths.Drafts, "src"), 7).Write(Drafts, input);
        var journal = Path.Combine(output, "findings.jsonl");

        var linesAtKill = 0;
        using (var first = Start($"batch \"{input}\" --out \"{output}\" --parallel 1 --as-of 2026-11-27"))
        {
            // Drained so that a full pipe never holds the process back.
            var drained = Task.WhenAll(first.StandardOutput.ReadToEndAsync(ct), first.StandardError.ReadToEndAsync(ct));
            while (!first.HasExited && (linesAtKill = CountLines(journal)) < 20)
            {
                await Task.Delay(10, ct);
            }

            Assert.That(first.HasExited, Is.False, "the first run must still be working when it is killed");
            first.Kill();
            await first.WaitForExitAsync(ct);
            await drained;
            Assert.That(first.ExitCode, Is.EqualTo(137), "SIGKILL");
        }

        Assert.That(linesAtKill, Is.InRange(20, Drafts - 1));
        Assert.That(File.Exists(Path.Combine(output, "batch-report.xlsx")), Is.False, "a killed run writes no report");

        using (var second = Start($"batch \"{input}\" --out \"{output}\" --parallel 2 --resume --as-of 2026-11-27 --sarif \"{Path.Combine(output, "batch.sarif")}\""))
        {
            var stdout = second.StandardOutput.ReadToEndAsync(ct);
            var stderr = second.StandardError.ReadToEndAsync(ct);
            await second.WaitForExitAsync(ct);
            Assert.That(second.ExitCode, Is.EqualTo(0), await stderr);
            Assert.That(await stdout, Does.Contain($"共 {Drafts} 份"));
        }

        var lines = File.ReadAllLines(journal).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(lines.Select(l => l.GetProperty("file").GetString()).ToList(), Is.Unique.And.Count.EqualTo(Drafts));
        var reviewed = BatchCommandTests.Reviewed(lines);
        Assert.That(reviewed, Has.Count.EqualTo(Drafts));
        var findings = reviewed.Sum(l => BatchCommandTests.AllFindings(l).Count());
        var rows = BatchCommandTests.FindingRows(Path.Combine(output, "batch-report.xlsx"));
        Assert.That(rows, Has.Count.EqualTo(findings));
        Assert.That(rows.Select(r => r.File).Distinct().Count(), Is.EqualTo(reviewed.Count(l => BatchCommandTests.AllFindings(l).Any())));
        Assert.That(BatchCommandTests.DocxText(Path.Combine(output, "cleanup-report.docx")), Does.Contain($"本次共清理文件{Drafts}件"));
        var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "batch.sarif"))).RootElement.GetProperty("runs")[0];
        Assert.That(run.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()).ToList(), Is.Unique.And.Count.EqualTo(Drafts));
        Assert.That(run.GetProperty("results").GetArrayLength(), Is.EqualTo(findings));
    }

    private static Process Start(string args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "legalreview.dll");
        var psi = new ProcessStartInfo("dotnet", $"\"{dll}\" {args}") { RedirectStandardOutput = true, RedirectStandardError = true };
        return Process.Start(psi)!;
    }

    /// <summary>Complete lines written so far (the file is shared for reading while the batch writes it).</summary>
    private static int CountLines(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var n = 0;
            int b;
            while ((b = stream.ReadByte()) >= 0)
            {
                n += b == '\n' ? 1 : 0;
            }

            return n;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
