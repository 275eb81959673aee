using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LegalReview.Cli.Commands;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Schema;

/// <summary>
/// Holds docs/schemas/review-result.schema.json to the real output of <c>legalreview check --format json</c>: the
/// schema is closed, so a property added to or dropped from ReviewJsonWriter without updating the schema fails here.
/// </summary>
public sealed class ReviewResultSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepoPaths.Root, "docs", "schemas", "review-result.schema.json")));

    private static IEnumerable<string> SeedDrafts() =>
        Directory.GetFiles(RepoPaths.Drafts, "*.docx").Order(StringComparer.Ordinal).Select(Path.GetFileName)!;

    private static async Task<string> CheckAsJson(string fileName)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CheckCommand.RunAsync(Path.Combine(RepoPaths.Drafts, fileName), "json", null, null, true, stdout, stderr, CancellationToken.None);
        Assert.That(code, Is.AnyOf(0, 1), stderr.ToString());
        return stdout.ToString();
    }

    private static (bool Valid, string Errors) Validate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        return (result.IsValid, string.Join("\n", errors.Take(10)));
    }

    [Test]
    public void SeedDrafts_AreAllCovered()
    {
        Assert.That(SeedDrafts().Count(), Is.GreaterThanOrEqualTo(12));
    }

    [TestCaseSource(nameof(SeedDrafts))]
    public async Task CheckJsonOutput_ValidatesAgainstTheSchema(string fileName)
    {
        var json = await CheckAsJson(fileName);
        var (valid, errors) = Validate(json);
        Assert.That(valid, Is.True, errors);
    }

    [Test]
    public async Task Schema_RejectsAnUnknownPropertyAndABadSeverity()
    {
        var node = JsonNode.Parse(await CheckAsJson("09-problem-rules.docx"))!;
        var finding = node["findings"]![0]!.AsObject();
        finding["severity"] = "fatal";
        Assert.That(Validate(node.ToJsonString()).Valid, Is.False);

        finding["severity"] = "error";
        Assert.That(Validate(node.ToJsonString()).Valid, Is.True);
        node["document"]!.AsObject()["unexpected"] = 1;
        Assert.That(Validate(node.ToJsonString()).Valid, Is.False);
    }
}
