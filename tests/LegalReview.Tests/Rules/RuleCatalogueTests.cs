using System.Text.RegularExpressions;
using LegalReview.Cli.Commands;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Tests.Rules;

/// <summary>Every built-in rule can be explained to a lawyer: complete metadata, a well-formed legal basis, examples that behave.</summary>
public sealed partial class RuleCatalogueTests
{
    public static IEnumerable<ReviewRule> AllRules() => BuiltInRules.All;

    [Test]
    public void IdsAreUnique() => Assert.That(BuiltInRules.All.Select(r => r.Descriptor.Id), Is.Unique);

    [TestCaseSource(nameof(AllRules))]
    public void Metadata_IsComplete(ReviewRule rule)
    {
        var d = rule.Descriptor;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RuleDescriptor.IsValidId(d.Id), Is.True, "id");
            Assert.That(RuleCategories.IdRangeOf(d.Category), Does.Contain(d.Id[2] - '0'), "id range matches the category");
            Assert.That(d.Title, Is.Not.Empty, "title");
            Assert.That(d.Description, Has.Length.GreaterThan(10), "description");
            Assert.That(d.Suggestion, Is.Not.Empty, "suggestion");
            Assert.That(d.LegalBases, Is.Not.Empty, "legal basis");
            Assert.That(d.LegalBases, Is.All.Matches<string>(b => WellFormedBasis().IsMatch(b)), "each basis names a law with an article, a 文号 or a standard clause");
            Assert.That(d.OffendingExample, Is.Not.Empty, "offending example");
            Assert.That(d.CompliantExample, Is.Not.Empty, "compliant example");
            Assert.That(rule.GetType().IsSealed, Is.True, "rules are sealed");
            Assert.That(rule.GetType().Name, Does.StartWith(d.Id), "the class (and file) is named after the rule id");
        }
    }

    [TestCaseSource(nameof(AllRules))]
    public void OwnExamples_BehaveAsDocumented(ReviewRule rule)
    {
        var d = rule.Descriptor;
        if (d.ExamplePlacement == ExamplePlacement.Metadata)
        {
            Assert.Ignore("a rule on review metadata cannot be shown on text");
        }

        Assert.That(ExplainCommand.RunExample(rule, d.OffendingExample), Is.Not.Empty, $"{d.Id} reports its offending example");
        // A content rule may still point at a compliant clause that restates a cited article, downgraded with a note.
        Assert.That(ExplainCommand.RunExample(rule, d.CompliantExample).Where(f => f.Note is null), Is.Empty, $"{d.Id} is silent on its compliant example");
    }

    [GeneratedRegex(@"《[^《》]+》.*第[一二三四五六七八九十百千零〇0-9.]+[条项]|[\p{IsCJKUnifiedIdeographs}]+〔[0-9]{4}〕[0-9]+号|GB/T [0-9]+")]
    private static partial Regex WellFormedBasis();
}

/// <summary>docs/rules is generated from the rule metadata; it must match the rules as built.</summary>
public sealed class RuleDocsAreCurrentTests
{
    [Test]
    public void CommittedRulePages_MatchTheMetadata()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lr-docs-" + Guid.NewGuid().ToString("N"));
        try
        {
            DocsCommand.Write(dir);
            var committed = Path.Combine(Support.RepoPaths.Root, "docs", "rules");
            foreach (var file in Directory.GetFiles(dir))
            {
                var name = Path.GetFileName(file);
                var path = Path.Combine(committed, name);
                Assert.That(File.Exists(path), Is.True, $"docs/rules/{name} is missing: run `legalreview docs --out docs/rules`");
                Assert.That(File.ReadAllText(path), Is.EqualTo(File.ReadAllText(file)), $"docs/rules/{name} is stale: run `legalreview docs --out docs/rules`");
            }

            Assert.That(Directory.GetFiles(committed, "LR*.md").Length, Is.EqualTo(Directory.GetFiles(dir, "LR*.md").Length), "no page for a rule that no longer exists");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
