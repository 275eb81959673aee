using System.Diagnostics;
using System.Text.Json;
using LegalReview.Cli.Commands;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Cli;

public sealed class CheckCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Check(string file, string format = "text", string? config = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CheckCommand.RunAsync(file, format, config, null, true, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public async Task Json_HasTheStableFieldNames()
    {
        var (code, output, _) = await Check(Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx"), "json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("schemaVersion").GetString(), Is.EqualTo("1.2"));
        var doc = root.GetProperty("document");
        Assert.That(doc.GetProperty("title").GetString(), Is.EqualTo("晋江市商务局关于印发《晋江市商贸流通企业扶持资金管理实施细则》的通知"));
        Assert.That(doc.GetProperty("documentNumber").GetString(), Is.EqualTo("晋商务[2024]第08号"));
        Assert.That(doc.GetProperty("articleCount").GetInt32(), Is.EqualTo(9));
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(findings, Is.Not.Empty);
        Assert.That(findings.Select(f => f.GetProperty("source").GetString()), Is.All.EqualTo("rule"), "findings[] holds the rules' findings only");
        Assert.That(root.GetProperty("hints").EnumerateArray().Select(f => f.GetProperty("source").GetString()), Is.All.AnyOf("classifier", "nearest-cases"));
        foreach (var f in findings)
        {
            Assert.That(f.GetProperty("ruleId").GetString(), Does.Match("^LR[0-9]{4}$"));
            Assert.That(f.GetProperty("category").GetString(), Is.Not.Empty);
            Assert.That(f.GetProperty("severity").GetString(), Is.AnyOf("error", "warning", "info"));
            Assert.That(f.GetProperty("location").GetProperty("label").GetString(), Is.Not.Empty);
            Assert.That(f.GetProperty("quote").GetString(), Is.Not.Empty);
        }

        Assert.That(findings.Select(f => f.GetProperty("ruleId").GetString()), Does.Contain("LR5001").And.Contain("LR5002").And.Contain("LR5005").And.Contain("LR4007").And.Contain("LR4008"));
        var hasErrors = findings.Any(f => f.GetProperty("severity").GetString() == "error" && !f.GetProperty("suppressed").GetBoolean());
        Assert.That(code, Is.EqualTo(hasErrors ? 1 : 0));
    }

    [Test]
    public async Task Text_PrintsOutlineAndFindingsByArticle()
    {
        var (_, output, _) = await Check(Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx"));
        Assert.That(output, Does.Contain("文号：晋商务[2024]第08号").And.Contain("条数：9").And.Contain("第二章 扶持对象和条件").And.Contain("【第十条】").And.Contain("LR4008"));
    }

    [Test]
    public async Task CleanSample_ExitsZero()
    {
        var (code, output, _) = await Check(Path.Combine(RepoPaths.Drafts, "01-measures-with-chapters.docx"));
        Assert.That(code, Is.Zero, output);
    }

    [Test]
    public async Task UnreadableInput_ExitsTwoWithTheCause()
    {
        var path = Path.Combine(Path.GetTempPath(), "lr-empty-" + Guid.NewGuid().ToString("N") + ".docx");
        await File.WriteAllBytesAsync(path, []);
        try
        {
            var (code, _, err) = await Check(path);
            Assert.That(code, Is.EqualTo(2));
            Assert.That(err, Does.Contain("文件为空").And.Contain(Path.GetFileName(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task ConfigurationNextToTheInput_TurnsRulesOffAndOnUnknownIdFails()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lr-cfg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var draft = Path.Combine(dir, "draft.docx");
            File.Copy(Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx"), draft);
            await File.WriteAllTextAsync(Path.Combine(dir, "legalreview.json"), """{ "LegalReview": { "Review": { "Rules": { "LR5001": "off", "form": "info" } } } }""");
            var (_, output, _) = await Check(draft, "json");
            var findings = JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray().ToList();
            Assert.That(findings.Select(f => f.GetProperty("ruleId").GetString()), Does.Not.Contain("LR5001"));
            Assert.That(findings.Where(f => f.GetProperty("category").GetString() == "form").Select(f => f.GetProperty("severity").GetString()), Is.All.EqualTo("info"));

            await File.WriteAllTextAsync(Path.Combine(dir, "legalreview.json"), """{ "LegalReview": { "Review": { "Rules": { "LR9999": "off" } } } }""");
            var (code, _, err) = await Check(draft);
            Assert.That(code, Is.EqualTo(2));
            Assert.That(err, Does.Contain("LR9999"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public async Task Suppression_IsShownNotDropped()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lr-sup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var draft = Path.Combine(dir, "draft.docx");
            File.Copy(Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx"), draft);
            await File.WriteAllTextAsync(Path.Combine(dir, "legalreview.json"), """
                { "LegalReview": { "Review": { "Suppressions": [ { "RuleId": "LR4008", "Location": "第十条", "By": "张律师", "Reason": "经市政府同意，有效期另行评估" } ] } } }
                """);
            var (_, output, _) = await Check(draft, "json");
            var f = JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray().Single(x => x.GetProperty("ruleId").GetString() == "LR4008");
            Assert.That(f.GetProperty("suppressed").GetBoolean(), Is.True);
            Assert.That(f.GetProperty("suppression").GetProperty("by").GetString(), Is.EqualTo("张律师"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public async Task BadUsage_ExitsTwo_AndHelpDocumentsExitCodes()
    {
        var exe = Path.Combine(AppContext.BaseDirectory, "legalreview.dll");
        var (code, _, err) = await RunProcess(exe, "check");
        Assert.That(code, Is.EqualTo(2), err);
        var (helpCode, help, _) = await RunProcess(exe, "check --help");
        Assert.That(helpCode, Is.Zero);
        Assert.That(help, Does.Contain("退出码"));
    }

    private static async Task<(int, string, string)> RunProcess(string dll, string args)
    {
        var psi = new ProcessStartInfo("dotnet", $"\"{dll}\" {args}") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await o, await e);
    }
}

public sealed class CheckSarifFormatTests
{
    [Test]
    public async Task Sarif_CarriesRuleMetadataAndResults()
    {
        var stdout = new StringWriter();
        await CheckCommand.RunAsync(Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx"), "sarif", null, null, false, stdout, new StringWriter(), CancellationToken.None);
        using var json = JsonDocument.Parse(stdout.ToString());
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.That(json.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.That(results, Is.Not.Empty);
        Assert.That(results.Select(r => r.GetProperty("ruleId").GetString()), Is.All.AnyOf(rules.ToArray()));
    }
}
