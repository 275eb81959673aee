using System.Text.Json;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Samples;

/// <summary>Runs samples/LegalReview.Samples.Integration over the seed drafts, as a bureau's job would, and reads its SARIF log.</summary>
public sealed class IntegrationSampleTests
{
    [Test]
    public async Task ReviewsTheSeedFolder_AndWritesSarifWithTheCustomRule()
    {
        var sample = Path.Combine(RepoPaths.Root, "samples", "LegalReview.Samples.Integration", "bin", ProcessRunner.BuildConfiguration, "net10.0", "LegalReview.Samples.Integration.dll");
        Assert.That(File.Exists(sample), Is.True, sample);
        var output = Path.Combine(Path.GetTempPath(), "lr-sample-" + Guid.NewGuid().ToString("N"), "review.sarif");
        try
        {
            var (code, stdout, stderr) = await ProcessRunner.RunAsync("dotnet", [sample, RepoPaths.Drafts, output], RepoPaths.Root, TimeSpan.FromMinutes(5));
            Assert.That(code, Is.Zero, stderr);

            var drafts = Directory.GetFiles(RepoPaths.Drafts).Count(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal));
            Assert.That(stdout, Does.Contain($"已审查 {drafts} 份文件"));

            using var log = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var run = log.RootElement.GetProperty("runs")[0];
            Assert.That(log.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
            var artifacts = run.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()).ToList();
            Assert.That(artifacts, Has.Count.EqualTo(drafts));
            Assert.That(artifacts, Does.Contain("09-problem-rules.docx"), "URIs are relative to the reviewed folder");

            var results = run.GetProperty("results").EnumerateArray().ToList();
            var custom = results.Where(r => r.GetProperty("ruleId").GetString() == "LR9101").ToList();
            Assert.That(custom, Is.Not.Empty, "the sample's own rule reports the 营业执照复印件 in the seed drafts");
            Assert.That(custom.Select(r => r.GetProperty("level").GetString()), Is.All.EqualTo("warning"), "appsettings.json raises LR9101 to warning");
            Assert.That(custom[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString(), Does.Contain("复印件"));
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
            Assert.That(rules, Does.Contain("LR9101"));
            Assert.That(results.Select(r => r.GetProperty("ruleIndex").GetInt32()), Is.All.LessThan(rules.Count));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }
}
