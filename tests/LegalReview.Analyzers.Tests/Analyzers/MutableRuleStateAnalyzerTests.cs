using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class MutableRuleStateAnalyzerTests
{
    [Test]
    public Task WritableFieldsSettablePropertiesAndMutableCollections_AreReported() => Verify<MutableRuleStateAnalyzer>.AnalyzerAsync("""
        using System.Collections.Generic;
        using System.Text;
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class CountingRule : ProvisionRule
        {
            private int {|LRA0010:_count|};
            private static int {|LRA0010:s_total|};
            private static Dictionary<string, int> {|LRA0010:Cache|} = new();
            private readonly List<string> {|LRA0010:_seen|} = new();
            private readonly StringBuilder {|LRA0010:_buffer|} = new();

            public string {|LRA0010:LastLabel|} { get; set; }

            public override void Analyze(Provision provision, ReviewContext context)
            {
                _count++;
                s_total++;
                _seen.Add(provision.Label);
                LastLabel = provision.Label;
            }
        }
        """);

    [Test]
    public Task ConstantsStaticReadonlyDataAndReadOnlyProperties_AreNotReported() => Verify<MutableRuleStateAnalyzer>.AnalyzerAsync(
        """
        using System.Collections.Frozen;
        using System.Collections.Generic;
        using System.Text.RegularExpressions;
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed partial class WordsRule : ProvisionRule
        {
            private const string Word = "审批";
            private static readonly string[] Words = ["审批", "核准"];
            private static readonly HashSet<string> Exempt = new() { "备案" };
            private static readonly FrozenSet<string> Frozen = Words.ToFrozenSet();
            private static readonly Regex Pattern = new("审批|核准", RegexOptions.CultureInvariant);
            private readonly string _series = "晋政规";

            public string Series => _series;

            public string Name { get; init; } = "words";

            public static IReadOnlyList<string> All { get; } = Words;

            public override void Analyze(Provision provision, ReviewContext context)
            {
                var seen = new List<string>();
                if (Pattern.IsMatch(provision.Text) || Marker().IsMatch(provision.Text))
                {
                    seen.Add(Word);
                }
            }

            [GeneratedRegex("须经.{0,6}批准")]
            private static partial Regex Marker();
        }

        public sealed class Accumulator
        {
            public int Count { get; set; }
        }
        """,
        """
        using System.Text.RegularExpressions;

        partial class WordsRule
        {
            private static partial Regex Marker() => new Regex("须经.{0,6}批准");
        }
        """);
}
