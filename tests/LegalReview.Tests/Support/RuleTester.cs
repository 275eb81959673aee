using System.Text;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Tests.Support;

/// <summary>
/// Runs one rule over a text in which the expected findings are marked with ⟦ and ⟧, and checks that the rule reports
/// exactly those spans. Lines are trimmed and blank lines dropped, as the reader does, so offsets line up.
/// </summary>
internal static class RuleTester
{
    public const char Open = '⟦';
    public const char Close = '⟧';

    /// <summary>Asserts that the rule reports exactly the marked spans, and returns the findings.</summary>
    public static IReadOnlyList<Finding> AssertFindings(string ruleId, string markedText, ReviewOptions? options = null, ReviewMetadata? metadata = null)
    {
        var (text, expected) = Unmark(markedText);
        var findings = Run(ruleId, text, options, metadata);
        var actual = findings.Select(f => (f.Location.Offset, f.Location.Length)).Distinct().OrderBy(x => x).ToList();
        var describe = string.Join("\n", findings.Select(f => $"  {f.RuleId} {f.Location.Label} “{f.Quote}” {f.Message}"));
        Assert.That(actual, Is.EqualTo(expected.OrderBy(x => x).ToList()),
            $"{ruleId} should report the marked spans {string.Join(", ", expected.Select(e => $"“{text.Substring(e.Offset, e.Length)}”"))}; it reported:\n{describe}");
        foreach (var f in findings)
        {
            Assert.That(f.Quote, Is.EqualTo(text.Substring(f.Location.Offset, f.Location.Length)), "quote must be the text at the location");
            Assert.That(f.LegalBasis, Is.Not.Empty, "every finding cites its legal basis");
            Assert.That(f.Message, Is.Not.Empty);
            Assert.That(f.Location.Label, Is.Not.Empty);
        }

        return findings;
    }

    /// <summary>Asserts that the rule reports nothing on compliant text.</summary>
    public static void AssertNoFindings(string ruleId, string text, ReviewOptions? options = null, ReviewMetadata? metadata = null)
    {
        Assert.That(text, Does.Not.Contain(Open.ToString()), "compliant text carries no markers");
        AssertFindings(ruleId, text, options, metadata);
    }

    /// <summary>Runs one rule over plain text and returns its findings.</summary>
    public static IReadOnlyList<Finding> Run(string ruleId, string text, ReviewOptions? options = null, ReviewMetadata? metadata = null)
    {
        var rule = BuiltInRules.Find(ruleId) ?? throw new ArgumentException($"no built-in rule {ruleId}");
        var doc = new DocumentReader().ReadText(text, "test.txt");
        return Run(rule, doc, options, metadata);
    }

    /// <summary>Runs one rule over a document.</summary>
    public static IReadOnlyList<Finding> Run(ReviewRule rule, NormativeDocument doc, ReviewOptions? options = null, ReviewMetadata? metadata = null)
    {
        var engine = new ReviewEngine([rule], options ?? new ReviewOptions());
        return engine.Review(doc, metadata).Findings.Where(f => f.RuleId == rule.Descriptor.Id).ToList();
    }

    /// <summary>Normalises the text as the reader lays it out and strips the markers, returning the expected spans.</summary>
    public static (string Text, List<(int Offset, int Length)> Spans) Unmark(string markedText)
    {
        var lines = markedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var joined = string.Join("\n", lines);
        var sb = new StringBuilder(joined.Length);
        var spans = new List<(int, int)>();
        var starts = new Stack<int>();
        foreach (var c in joined)
        {
            if (c == Open)
            {
                starts.Push(sb.Length);
            }
            else if (c == Close)
            {
                var s = starts.Pop();
                spans.Add((s, sb.Length - s));
            }
            else
            {
                sb.Append(c);
            }
        }

        return (sb.ToString(), spans);
    }
}
