using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Json.Schema;
using LegalReview.Cli.Batch;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Json;
using LegalReview.Generation.Tests.Support;
using LegalReview.Review;

namespace LegalReview.Generation.Tests.Json;

/// <summary>
/// Schema 1.2: the rules' findings in <c>findings</c>, the model's hints (classifier, nearest cases) apart in
/// <c>hints</c>; the batch journal keeps the same split and reads back every source, old journals included.
/// </summary>
public sealed class HintsJsonTests
{
    private static ReviewResult Result()
    {
        var doc = new DocumentReader().Read(SampleReview.Docx(), "draft.docx");
        Finding[] findings =
        [
            Findings.At(doc, "保证金"),
            Findings.Hint(doc, "农药残留快速检测"),
            Findings.Hint(doc, "入场销售者档案", FindingSource.NearestCases),
            Findings.Hint(doc, "食品安全管理人员") with { Suppression = new Suppression("审核员甲", "有上位法依据", "config") },
        ];
        return new ReviewResult(doc, findings, ReviewProfile.National, ["LR2010"], TimeSpan.Zero);
    }

    [Test]
    public void Json_WritesRuleFindingsInFindings_AndHintsApartWithTheirSource()
    {
        using var json = JsonDocument.Parse(ReviewJsonWriter.ToJson(Result()));
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("schemaVersion").GetString(), Is.EqualTo("1.2"));
            Assert.That(root.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("source").GetString())), Is.EqualTo(new[] { ("LR2010", "rule") }));
            Assert.That(root.GetProperty("hints").EnumerateArray().Select(f => f.GetProperty("source").GetString()), Is.EqualTo(new[] { "classifier", "nearest-cases", "classifier" }));
            Assert.That(root.GetProperty("hints")[1].GetProperty("nearestCase").GetProperty("id").GetString(), Is.EqualTo("C7"));
            var summary = root.GetProperty("summary");
            Assert.That(summary.GetProperty("errors").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("infos").GetInt32(), Is.Zero, "the hints are not counted as the rules' info findings");
            Assert.That(summary.GetProperty("suppressed").GetInt32(), Is.Zero);
            Assert.That(summary.GetProperty("hints").GetInt32(), Is.EqualTo(2), "the unsuppressed hints");
        });
    }

    [Test]
    public void Json_WithHints_ValidatesAgainstTheSchema_WhichRefusesAHintInFindings()
    {
        var schema = JsonSchema.FromFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "review-result.schema.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(ReviewJsonWriter.ToJson(Result()))!;
        Assert.That(schema.Evaluate(JsonDocument.Parse(node.ToJsonString()).RootElement).IsValid, Is.True);

        var hint = node["hints"]![0]!.DeepClone();
        node["findings"]!.AsArray().Add(hint);
        Assert.That(schema.Evaluate(JsonDocument.Parse(node.ToJsonString()).RootElement).IsValid, Is.False, "a classifier finding inside findings[]");
    }

    [Test]
    public void Journal_RoundTripsEverySource_FromHintsAndFromAnOldLineWithHintsInsideFindings()
    {
        var result = Result();
        var path = Path.Combine(Path.GetTempPath(), "lr-hints-journal-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var lines = new StringBuilder();
            lines.Append(Line("new.docx", "a", w => ReviewJsonWriter.WriteFindings(result.Findings, w))).Append('\n');
            // A 1.0/1.1 journal: every finding in "findings", no "hints".
            lines.Append(Line("old.docx", "b", w =>
            {
                w.WriteStartArray("findings");
                foreach (var f in result.Findings)
                {
                    ReviewJsonWriter.WriteFinding(f, w);
                }

                w.WriteEndArray();
            })).Append('\n');
            File.WriteAllText(path, lines.ToString());

            var records = JournalReader.Read(path).ToList();

            Assert.That(records, Has.Count.EqualTo(2));
            foreach (var record in records)
            {
                Assert.That(record.Findings.Select(f => f.Source), Is.EqualTo(new[] { FindingSource.Rule, FindingSource.Classifier, FindingSource.NearestCases, FindingSource.Classifier }), record.File);
                Assert.That(record.Findings[2].NearestCase, Is.EqualTo(result.Findings[2].NearestCase), record.File);
                Assert.That(record.Findings[3].Suppression, Is.EqualTo(result.Findings[3].Suppression), record.File);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Line(string file, string hash, Action<Utf8JsonWriter> findings)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("file", file);
            w.WriteString("sha256", hash);
            w.WriteString("status", "reviewed");
            w.WriteString("title", "标题");
            findings(w);
            w.WriteStartArray("failures");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
