using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Sarif;
using LegalReview.Generation.Tests.Support;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Generation.Tests.Sarif;

public sealed class SarifWriterTests
{
    private static (JsonNode Log, List<ReviewResult> Results, string Json) Batch()
    {
        var suppressed = new ReviewOptions();
        var first = SampleReview.ReviewText();
        var target = first.Findings.First(f => f.Quote.Length > 0);
        suppressed.Suppressions.Add(new SuppressionEntry { RuleId = target.RuleId, Location = target.Location.Label, By = "林律师", Reason = "经核实该文号系按本单位发文规范编排" });
        var withSuppression = new ReviewEngine(BuiltInRules.All, suppressed).Review(new DocumentReader().ReadText(SampleReview.Text, "drafts/农贸市场办法（送审稿）.txt"));
        var results = new List<ReviewResult> { first, withSuppression };
        using var ms = new MemoryStream();
        SarifWriter.Write(results, ms);
        var json = System.Text.Encoding.UTF8.GetString(ms.ToArray());
        return (JsonNode.Parse(json)!, results, json);
    }

    [Test]
    public void Log_ValidatesAgainstTheRequiredFieldsSchema()
    {
        var (_, _, json) = Batch();
        var schema = JsonSchema.FromFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "sarif-2.1.0-minimal.schema.json"));
        using var doc = JsonDocument.Parse(json);
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.That(result.IsValid, Is.True, string.Join("\n", errors.Take(10)));
    }

    [Test]
    public void Log_HasOneResultPerFinding_WithLocationsAndFingerprints()
    {
        var (log, results, _) = Batch();
        var run = log["runs"]![0]!;
        var sarifResults = run["results"]!.AsArray();
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var all = results.SelectMany(r => r.Findings).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(log["version"]!.GetValue<string>(), Is.EqualTo("2.1.0"));
            Assert.That(run["tool"]!["driver"]!["name"]!.GetValue<string>(), Is.EqualTo("LegalReview"));
            Assert.That(run["artifacts"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(sarifResults, Has.Count.EqualTo(all.Count));
            Assert.That(rules.Select(r => r!["id"]!.GetValue<string>()), Is.EquivalentTo(all.Select(f => f.RuleId).Distinct()));
            Assert.That(rules.All(r => r!["helpUri"]!.GetValue<string>() == "docs/rules/" + r["id"]!.GetValue<string>() + ".md"), Is.True);
            for (var i = 0; i < all.Count; i++)
            {
                var r = sarifResults[i]!;
                var f = all[i];
                Assert.That(r["ruleId"]!.GetValue<string>(), Is.EqualTo(f.RuleId));
                Assert.That(rules[r["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>(), Is.EqualTo(f.RuleId));
                Assert.That(r["level"]!.GetValue<string>(), Is.EqualTo(SarifWriter.LevelOf(f.Severity)));
                Assert.That(r["message"]!["text"]!.GetValue<string>(), Does.Contain(f.Message));
                var loc = r["locations"]![0]!;
                Assert.That(loc["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>(), Is.Not.Empty);
                if (f.Quote.Length > 0)
                {
                    Assert.That(loc["physicalLocation"]!["region"]!["snippet"]!["text"]!.GetValue<string>(), Is.EqualTo(f.Quote));
                }

                Assert.That(loc["logicalLocations"]![0]!["fullyQualifiedName"]!.GetValue<string>(), Is.EqualTo(f.Location.PathLabel.Length > 0 ? f.Location.PathLabel : "文件整体"));
                Assert.That(r["partialFingerprints"]!["lrText/v1"]!.GetValue<string>(), Does.Match("^sha256:[0-9a-f]{64}$"));
            }
        });
    }

    [Test]
    public void SuppressedFinding_CarriesItsJustification()
    {
        var (log, results, _) = Batch();
        var suppressed = log["runs"]![0]!["results"]!.AsArray().Where(r => r!["suppressions"] is not null).ToList();
        var expected = results.SelectMany(r => r.Findings).Count(f => f.IsSuppressed);
        Assert.That(expected, Is.GreaterThan(0));
        Assert.That(suppressed, Has.Count.EqualTo(expected));
        var s = suppressed[0]!["suppressions"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(s["kind"]!.GetValue<string>(), Is.EqualTo("external"));
            Assert.That(s["status"]!.GetValue<string>(), Is.EqualTo("accepted"));
            Assert.That(s["justification"]!.GetValue<string>(), Does.Contain("经核实该文号系按本单位发文规范编排").And.Contain("林律师"));
        });
    }

    [Test]
    public void Fingerprint_IgnoresWhitespaceAndWidth()
    {
        var doc = new DocumentReader().ReadText("第一条 应当缴纳保证金。");
        var a = Findings.At(doc, "缴纳保证金");
        var b = a with { Quote = "缴纳 保证金", Location = a.Location with { Offset = 99 } };
        Assert.That(SarifWriter.Fingerprint(a), Is.EqualTo(SarifWriter.Fingerprint(b)));
    }

    [Test]
    public void HostRule_KeepsItsNameAndDescription()
    {
        var engine = new ReviewEngine(BuiltInRules.All.Append(new LR9301TitleNamesMarket()));
        var result = engine.Review(new DocumentReader().ReadText(SampleReview.Text, "晋江市农贸市场经营管理办法（送审稿）.txt"));
        Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("LR9301"), "the host's rule reported");
        using var ms = new MemoryStream();

        SarifWriter.Write([result], ms);

        var rules = JsonNode.Parse(ms.ToArray())!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        var own = rules.Single(r => r!["id"]!.GetValue<string>() == "LR9301")!;
        Assert.Multiple(() =>
        {
            Assert.That(own["name"]!.GetValue<string>(), Is.EqualTo("TitleNamesMarket"));
            Assert.That(own["shortDescription"]!["text"]!.GetValue<string>(), Is.EqualTo("标题载明农贸市场"));
            Assert.That(own["fullDescription"]!["text"]!.GetValue<string>(), Is.EqualTo(LR9301TitleNamesMarket.Description));
        });
    }

    [Test]
    public void Hints_AreReviewResultsWithTheirSource_RuleFindingsFailures()
    {
        var doc = new DocumentReader().Read(SampleReview.Docx(), "draft.docx");
        var result = new ReviewResult(doc, [Findings.At(doc, "保证金"), Findings.Hint(doc, "农药残留快速检测"), Findings.Hint(doc, "入场销售者档案", FindingSource.NearestCases)], ReviewProfile.National, ["LR2010"], TimeSpan.Zero);
        using var ms = new MemoryStream();

        SarifWriter.Write([result], ms);

        var results = JsonNode.Parse(ms.ToArray())!["runs"]![0]!["results"]!.AsArray();
        Assert.That(
            results.Select(r => (r!["kind"]!.GetValue<string>(), r["properties"]!["source"]!.GetValue<string>())),
            Is.EqualTo(new[] { ("fail", "rule"), ("review", "classifier"), ("review", "nearest-cases") }));
    }

    [ReviewRule("LR9301", RuleCategory.Form, FindingSeverity.Info, "标题载明农贸市场", Description = LR9301TitleNamesMarket.Description)]
    [LegalBasis("《党政机关公文处理工作条例》第九条")]
    private sealed class LR9301TitleNamesMarket : DocumentRule
    {
        public const string Description = "本局自定义规则：标题载明农贸市场的，提示核对适用范围。";

        public override void Analyze(ReviewContext context)
        {
            if (context.Document.TitleSpan is { } title && context.Document.Title.Contains("农贸市场", StringComparison.Ordinal))
            {
                context.Report(title, "标题载明农贸市场。");
            }
        }
    }
}
