using System.Text.Json;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Tests.Eval;

/// <summary>
/// Runs the fair-competition and citation rules over the development cases and prints how many competition rows get a
/// competition finding and how many compliant rows get any finding. A measurement, not a test: it asserts nothing
/// about the figures, which are for the report.
/// </summary>
[TestFixture]
[Explicit("Measures the rules on the development set; run by hand.")]
[Category("Eval")]
public sealed class CompetitionDevSetEval
{
    [Test]
    public void MeasureOnDevSet()
    {
        var path = FindDevSet();
        if (path is null)
        {
            Assert.Ignore("published-cases-dev.jsonl not found next to the repository.");
        }

        var rules = BuiltInRules.All.Where(r => r.Descriptor.Category is RuleCategory.Competition or RuleCategory.Citation).ToArray();
        var engine = new ReviewEngine(rules, new ReviewOptions());
        var reader = new DocumentReader();
        int competition = 0, competitionHit = 0, ok = 0, okHit = 0, other = 0, otherHit = 0;
        foreach (var line in File.ReadLines(path!))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString();
            var category = json.RootElement.GetProperty("category").GetString();
            var text = json.RootElement.GetProperty("text").GetString() ?? string.Empty;
            var findings = engine.Review(reader.ReadText(text, $"{id}.txt")).Findings;
            var competitionFindings = findings.Where(f => f.Category == RuleCategory.Competition).ToArray();
            switch (category)
            {
                case "competition":
                    competition++;
                    competitionHit += competitionFindings.Length > 0 ? 1 : 0;
                    break;
                case "ok":
                    ok++;
                    okHit += findings.Count > 0 ? 1 : 0;
                    break;
                default:
                    other++;
                    otherHit += competitionFindings.Length > 0 ? 1 : 0;
                    break;
            }

            TestContext.Out.WriteLine($"{id} {category}: {string.Join("; ", findings.Select(f => $"{f.RuleId}“{f.Quote}”"))}");
        }

        TestContext.Out.WriteLine($"competition rows with a competition finding: {competitionHit}/{competition}");
        TestContext.Out.WriteLine($"ok rows with any finding: {okHit}/{ok}");
        TestContext.Out.WriteLine($"other-category rows with a competition finding: {otherHit}/{other}");
        Assert.That(competition + ok + other, Is.GreaterThan(0), "the development set was read");
    }

    private static string? FindDevSet()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "cases", "published-cases-dev.jsonl");
                return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
