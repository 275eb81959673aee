using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class RuleIdFormatAnalyzerTests
{
    [TestCase("LR901")]
    [TestCase("lr9001")]
    [TestCase("LRA9001")]
    [TestCase("LR９００１")]
    [TestCase("")]
    public Task MalformedId_IsReported(string id) => Verify<RuleIdFormatAnalyzer>.AnalyzerAsync($$"""
        using LegalReview.Review;

        [ReviewRule({|LRA0002:"{{id}}"|}, RuleCategory.Form, FindingSeverity.Warning, "标题")]
        public sealed class MyRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task WellFormedId_IsNotReported() => Verify<RuleIdFormatAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        public sealed class MyRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);
}
