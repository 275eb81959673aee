using System.Text.Json.Nodes;
using LegalReview.Generation.Sarif;
using LegalReview.Generation.Tests.Support;

namespace LegalReview.Generation.Tests.Sarif;

/// <summary>The SARIF log written in one pass: rule indexes resolved after the results are spooled, past the in-memory limit too.</summary>
public sealed class SarifStreamingTests
{
    private static IEnumerable<SarifArtifact> Artifacts(LazyBatch batch) =>
        batch.Select(d => new SarifArtifact(d.File, d.Title, d.File.EndsWith(".docx", StringComparison.Ordinal), d.Findings));

    [Test]
    public void LargeBatch_IsEnumeratedOnce_AndEveryRuleIndexPointsAtItsRule()
    {
        // 600 documents of 10 findings: several megabytes of results, so the spool goes to a temporary file.
        var batch = new LazyBatch(600, 10);
        using var ms = new MemoryStream();
        SarifWriter.WriteArtifacts(Artifacts(batch), ms);
        Assert.That(ms.Length, Is.GreaterThan(5 << 20), "large enough to spill");
        var run = JsonNode.Parse(ms.ToArray())!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        var results = run["results"]!.AsArray();
        var artifacts = run["artifacts"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(batch.Enumerations, Is.EqualTo(1));
            Assert.That(batch.MaxPending, Is.EqualTo(1));
            Assert.That(batch.FindingsMade, Is.EqualTo(6_000));
            Assert.That(rules, Is.EqualTo(rules.Order(StringComparer.Ordinal)), "rules sorted by id");
            Assert.That(rules, Is.EquivalentTo(new[] { "LR1001", "LR2004", "LR2010", "LR4001", "LR5001", "LR6003", "LR9000", "LR9001" }));
            Assert.That(artifacts, Has.Count.EqualTo(600));
            Assert.That(results, Has.Count.EqualTo(6_000));
            for (var k = 0; k < results.Count; k++)
            {
                var r = results[k]!;
                var expected = LazyBatch.FindingOf(k / 10, k % 10);
                var index = r["ruleIndex"]!.GetValue<int>();
                Assert.That(r["ruleId"]!.GetValue<string>(), Is.EqualTo(expected.RuleId));
                Assert.That(rules[index], Is.EqualTo(expected.RuleId), $"result {k}");
                var location = r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
                Assert.That(location["index"]!.GetValue<int>(), Is.EqualTo(k / 10));
                Assert.That(location["uri"]!.GetValue<string>(), Is.EqualTo(artifacts[k / 10]!["location"]!["uri"]!.GetValue<string>()));
            }
        });
    }

    [Test]
    public async Task File_AndStream_AndNonSeekableStream_GetTheSameBytes()
    {
        using var seekable = new MemoryStream();
        SarifWriter.WriteArtifacts(Artifacts(new LazyBatch(400, 10)), seekable);
        Assert.That(seekable.Length, Is.GreaterThan(4 << 20), "large enough to spill");
        using var forward = new NonSeekableStream();
        SarifWriter.WriteArtifacts(Artifacts(new LazyBatch(400, 10)), forward);
        var path = Path.Combine(Path.GetTempPath(), $"sarif-streaming-{Guid.NewGuid():N}.sarif");
        try
        {
            await SarifWriter.WriteArtifactsFileAsync(Artifacts(new LazyBatch(400, 10)), path);
            Assert.Multiple(() =>
            {
                Assert.That(forward.ToArray().AsSpan().SequenceEqual(seekable.ToArray()), Is.True, "non-seekable stream");
                Assert.That(File.ReadAllBytes(path).AsSpan().SequenceEqual(seekable.ToArray()), Is.True, "file");
            });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
