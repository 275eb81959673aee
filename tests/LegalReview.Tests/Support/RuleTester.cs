using System.Text;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Tests.Support;

/// <summary>
/// Runs one rule over a text in which the expected findings are marked with ⟦ and ⟧, and checks that the rule reports
/// exactly those spans. Lines are trimmed and blank lines dropped, as the reader does, so offsets line up. Every run
/// asserts that the rule did not throw (the engine records a throwing rule in <see cref="ReviewResult.RuleFailures"/>
/// and goes on, so a crashing rule would otherwise pass every "reports nothing" test, as Roslyn's AD0001 guards
/// analyzer tests), and the engine's log goes to the test's output.
/// </summary>
internal static class RuleTester
{
    public const char Open = '⟦';
    public const char Close = '⟧';

    /// <summary>Asserts that the rule reports exactly the marked spans, and returns the findings.</summary>
    public static IReadOnlyList<Finding> AssertFindings(string ruleId, string markedText, ReviewOptions? options = null, ReviewMetadata? metadata = null) =>
        AssertFindings(Find(ruleId), markedText, options, metadata);

    /// <summary>Asserts that the rule reports exactly the marked spans, and returns the findings.</summary>
    public static IReadOnlyList<Finding> AssertFindings(ReviewRule rule, string markedText, ReviewOptions? options = null, ReviewMetadata? metadata = null)
    {
        var ruleId = rule.Descriptor.Id;
        var (text, expected) = Unmark(markedText);
        var findings = Run(rule, new DocumentReader().ReadText(text, "test.txt"), options, metadata);
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
    public static void AssertNoFindings(string ruleId, string text, ReviewOptions? options = null, ReviewMetadata? metadata = null) =>
        AssertNoFindings(Find(ruleId), text, options, metadata);

    /// <summary>Asserts that the rule reports nothing on compliant text.</summary>
    public static void AssertNoFindings(ReviewRule rule, string text, ReviewOptions? options = null, ReviewMetadata? metadata = null)
    {
        Assert.That(text, Does.Not.Contain(Open.ToString()), "compliant text carries no markers");
        AssertFindings(rule, text, options, metadata);
    }

    /// <summary>Runs one rule over plain text and returns its findings.</summary>
    public static IReadOnlyList<Finding> Run(string ruleId, string text, ReviewOptions? options = null, ReviewMetadata? metadata = null)
    {
        var doc = new DocumentReader().ReadText(text, "test.txt");
        return Run(Find(ruleId), doc, options, metadata);
    }

    /// <summary>Runs one rule over a document, asserting that it did not throw, and returns its findings.</summary>
    public static IReadOnlyList<Finding> Run(ReviewRule rule, NormativeDocument doc, ReviewOptions? options = null, ReviewMetadata? metadata = null)
    {
        var engine = new ReviewEngine([rule], options ?? new ReviewOptions(), logger: new TestContextLogger<ReviewEngine>());
        var result = engine.Review(doc, metadata);
        Assert.That(result.RuleFailures, Is.Empty, () =>
            $"{rule.Descriptor.Id} threw while reviewing the text (the engine went on without it, so its findings are incomplete):\n"
            + string.Join("\n", result.RuleFailures.Select(f => "  " + f)));
        return result.Findings.Where(f => f.RuleId == rule.Descriptor.Id).ToList();
    }

    private static ReviewRule Find(string ruleId) => BuiltInRules.Find(ruleId) ?? throw new ArgumentException($"no built-in rule {ruleId}");

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
