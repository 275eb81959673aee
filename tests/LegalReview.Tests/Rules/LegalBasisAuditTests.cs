using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Knowledge;
using LegalReview.Rules;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

/// <summary>
/// docs/legal-basis.md is the audit of every built-in rule's legal basis against the law texts: it must cover exactly
/// the bases the rules declare, and every basis judged to say what the rule claims must exist in the law library with
/// the quoted words in it.
/// </summary>
public sealed partial class LegalBasisAuditTests
{
    private static readonly string[] CheckedVerdicts = ["相符", "部分相符", "参照"];

    [Test]
    public void Audit_CoversExactlyTheDeclaredBases()
    {
        var declared = BuiltInRules.All
            .SelectMany(r => r.Descriptor.LegalBases.Select(b => (Rule: r.Descriptor.Id, Basis: b)))
            .ToHashSet();
        var audited = AuditRows().Select(r => (r.Rule, r.Basis)).ToHashSet();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(declared.Except(audited), Is.Empty, "bases declared by a rule but missing from docs/legal-basis.md");
            Assert.That(audited.Except(declared), Is.Empty, "rows of docs/legal-basis.md no rule declares any more");
        }
    }

    [Test]
    public void VerifiedBases_AreTheOnesTheAuditFoundToSupportTheRule()
    {
        var verdicts = AuditRows().ToDictionary(r => (r.Rule, r.Basis), r => r.Verdict);
        foreach (var rule in BuiltInRules.All)
        {
            var attributes = rule.GetType().GetCustomAttributes(typeof(LegalReview.Review.LegalBasisAttribute), inherit: false)
                .Cast<LegalReview.Review.LegalBasisAttribute>();
            foreach (var basis in attributes)
            {
                if (!verdicts.TryGetValue((rule.Descriptor.Id, basis.Citation), out var verdict))
                {
                    continue; // reported by Audit_CoversExactlyTheDeclaredBases
                }

                var supports = verdict is "相符" or "部分相符";
                Assert.That(basis.Verified, Is.EqualTo(supports),
                    $"{rule.Descriptor.Id} {basis.Citation}: the audit says {verdict}, so Verified must be {supports}");
            }
        }
    }

    [Test]
    public void CheckedBases_QuoteTheirArticleVerbatim()
    {
        var laws = RepoPaths.Shared is { } shared ? Path.Combine(shared, "data", "laws") : null;
        if (laws is null || !Directory.Exists(laws))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail("../shared/data/laws is required in CI");
            }

            Assert.Ignore("The shared law library (../shared/data/laws) is not present.");
        }

        var knowledge = new KnowledgeBase(lawLibraryPath: laws);
        var rows = AuditRows().Where(r => CheckedVerdicts.Contains(r.Verdict)).ToList();
        Assert.That(rows, Has.Count.GreaterThan(50), "the audit table was read");
        using (Assert.EnterMultipleScope())
        {
            foreach (var row in rows)
            {
                var citation = Citation().Match(row.Basis);
                Assert.That(citation.Success, Is.True, $"{row.Rule} {row.Basis}: a checked basis names a law and an article");
                if (!citation.Success)
                {
                    continue;
                }

                var versions = knowledge.FindLaw(citation.Groups["law"].Value);
                Assert.That(versions, Is.Not.Empty, $"{row.Rule}: 《{citation.Groups["law"].Value}》 is in the law library");
                if (versions.Count == 0 || !ChineseNumerals.TryParse(citation.Groups["article"].Value, out var article))
                {
                    continue;
                }

                var latest = versions.OrderBy(v => v.VersionDate).Last();
                var articles = knowledge.LawLibrary!.Articles(latest.TextFile);
                Assert.That(articles.ContainsKey(article), Is.True, $"{row.Rule} {row.Basis}: article {article} exists in {latest.TextFile}");
                if (articles.TryGetValue(article, out var text))
                {
                    Assert.That(Squash(text), Does.Contain(Squash(row.Excerpt)), $"{row.Rule} {row.Basis}: the quoted words are in the article");
                }
            }
        }
    }

    private static string Squash(string s) => WhiteSpace().Replace(s, string.Empty);

    private static IEnumerable<AuditRow> AuditRows()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "legal-basis.md");
        var inTable = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inTable = line.Contains("逐条核对", StringComparison.Ordinal);
                continue;
            }

            if (!inTable || !line.StartsWith("| LR", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim('|').Split(" | ");
            Assert.That(cells, Has.Length.EqualTo(5), $"a row of five cells: {line}");
            var rule = cells[0].Trim().Split(' ')[0];
            var excerpt = cells[2].Trim().Trim('“', '”');
            yield return new AuditRow(rule, cells[1].Trim(), excerpt == "—" ? string.Empty : excerpt, cells[3].Trim());
        }
    }

    [GeneratedRegex(@"^《(?<law>[^》]+)》第(?<article>[一二三四五六七八九十百千零]+)条")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private sealed record AuditRow(string Rule, string Basis, string Excerpt, string Verdict);
}
