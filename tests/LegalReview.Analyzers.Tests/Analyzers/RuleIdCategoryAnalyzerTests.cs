using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class RuleIdCategoryAnalyzerTests
{
    [TestCase("LR5101", "Authority")]
    [TestCase("LR3001", "Power")]
    [TestCase("LR1001", "License")]
    [TestCase("LR4001", "Fee")]
    [TestCase("LR2001", "Competition")]
    [TestCase("LR5001", "Procedure")]
    [TestCase("LR4101", "Form")]
    [TestCase("LR5201", "Citation")]
    [TestCase("LR0001", "Form")]
    public Task IdOutsideCategoryRange_IsReported(string id, string category) => Verify<RuleIdCategoryAnalyzer>.AnalyzerAsync($$"""
        using LegalReview.Review;

        [ReviewRule({|LRA0009:"{{id}}"|}, RuleCategory.{{category}}, FindingSeverity.Warning, "标题")]
        public sealed class MyRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [TestCase("LR1101", "Authority")]
    [TestCase("LR1201", "Power")]
    [TestCase("LR2201", "Power")]
    [TestCase("LR2101", "Rights")]
    [TestCase("LR3101", "Competition")]
    [TestCase("LR4101", "Procedure")]
    [TestCase("LR5101", "Form")]
    [TestCase("LR6101", "Citation")]
    [TestCase("LR9001", "License")]
    [TestCase("LR9500", "Form")]
    public Task IdInsideCategoryRangeOrCustom_IsNotReported(string id, string category) => Verify<RuleIdCategoryAnalyzer>.AnalyzerAsync($$"""
        using LegalReview.Review;

        [ReviewRule("{{id}}", RuleCategory.{{category}}, FindingSeverity.Warning, "标题")]
        public sealed class MyRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task MalformedId_IsLeftToLra0002() => Verify<RuleIdCategoryAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        [ReviewRule("LR51", RuleCategory.Authority, FindingSeverity.Warning, "标题")]
        public sealed class MyRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);
}
