using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class RuleMetadataMissingAnalyzerTests
{
    [Test]
    public Task RuleWithoutReviewRuleAttribute_IsReported() => Verify<RuleMetadataMissingAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        public sealed class {|LRA0001:SeriesRule|} : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task DeclaredRuleAbstractBaseAndOtherClasses_AreNotReported() => Verify<RuleMetadataMissingAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        public abstract class BureauRule : DocumentRule { }

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "市政府规范性文件应使用规范性文件编号")]
        [LegalBasis("《福建省行政规范性文件备案审查办法》第十条")]
        public sealed class SeriesRule : BureauRule
        {
            public override void Analyze(ReviewContext context) { }
        }

        public sealed class NotARule { }
        """);
}
