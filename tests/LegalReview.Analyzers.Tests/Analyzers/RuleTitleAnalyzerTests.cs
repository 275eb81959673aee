using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class RuleTitleAnalyzerTests
{
    [TestCase("\"\"")]
    [TestCase("\"   \"")]
    [TestCase("null!")]
    public Task EmptyTitle_IsReported(string title) => Verify<RuleTitleAnalyzer>.AnalyzerAsync($$"""
        #nullable enable
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, {|LRA0007:{{title}}|})]
        public sealed class MyRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task Title_IsNotReported() => Verify<RuleTitleAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "市政府规范性文件未使用规范性文件编号")]
        public sealed class MyRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);
}
