using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class DuplicateRuleIdAnalyzerTests
{
    [Test]
    public Task TwoRulesWithOneId_AreBothReported() => Verify<DuplicateRuleIdAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        [ReviewRule({|LRA0003:"LR9001"|}, RuleCategory.Form, FindingSeverity.Warning, "甲")]
        public sealed class FirstRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }

        [ReviewRule({|LRA0003:"LR9001"|}, RuleCategory.Form, FindingSeverity.Warning, "乙")]
        public sealed class SecondRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task IdOfBuiltInRule_IsReported() => Verify<DuplicateRuleIdAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        [ReviewRule({|LRA0004:"LR5001"|}, RuleCategory.Form, FindingSeverity.Warning, "文号格式")]
        public sealed class MyNumberRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task DistinctCustomIds_AreNotReported() => Verify<DuplicateRuleIdAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "甲")]
        public sealed class FirstRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }

        [ReviewRule("LR9002", RuleCategory.Form, FindingSeverity.Warning, "乙")]
        public sealed class SecondRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public void BuiltInIds_AreReadFromTheReferencedLibrary()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Probe", references: TestReferences.All);
        var symbols = ReviewRuleSymbols.TryCreate(compilation);

        var ids = symbols!.GetBuiltInRuleIds();

        var expected = LegalReview.Rules.BuiltInRules.All.Select(r => r.Descriptor.Id).ToArray();
        Assert.That(ids.Keys, Is.EquivalentTo(expected));
    }
}
