using LegalReview.Analyzers.CodeFixes;
using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.CodeFixes;

[TestFixture]
public sealed class MakeRuleSealedCodeFixProviderTests
{
    [Test]
    public Task UnsealedRule_IsSealed() => Verify<RuleMustBeSealedAnalyzer>.CodeFixAsync<MakeRuleSealedCodeFixProvider>(
        """
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public class {|LRA0015:SeriesRule|} : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """,
        """
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class SeriesRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task UnsealedPartialRule_IsSealedBeforePartial() => Verify<RuleMustBeSealedAnalyzer>.CodeFixAsync<MakeRuleSealedCodeFixProvider>(
        """
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        internal partial class {|LRA0015:SeriesRule|} : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """,
        """
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        internal sealed partial class SeriesRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);
}
