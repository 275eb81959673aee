using LegalReview.Analyzers.CodeFixes;
using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.CodeFixes;

[TestFixture]
public sealed class AddRuleMetadataCodeFixProviderTests
{
    [Test]
    public Task RuleWithoutMetadata_GetsSkeletonWithFirstFreeCustomId() => Verify<RuleMetadataMissingAnalyzer>.CodeFixAsync<AddRuleMetadataCodeFixProvider>(
        """
        using LegalReview.Review;

        namespace Jinjiang.Rules;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "既有规则")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class ExistingRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }

        /// <summary>晋江市政府规范性文件编号。</summary>
        public sealed class {|LRA0001:SeriesRule|} : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """,
        """
        using LegalReview.Review;

        namespace Jinjiang.Rules;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "既有规则")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class ExistingRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }

        /// <summary>晋江市政府规范性文件编号。</summary>
        [ReviewRule("LR9002", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《…》第…条")]
        public sealed class SeriesRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task RuleWithLegalBasisButNoUsing_GetsReviewRuleAndUsing() => Verify<RuleMetadataMissingAnalyzer>.CodeFixAsync<AddRuleMetadataCodeFixProvider>(
        """
        namespace Jinjiang.Rules
        {
            [LegalReview.Review.LegalBasis("《党政机关公文处理工作条例》第九条")]
            public sealed class {|LRA0001:SeriesRule|} : LegalReview.Review.DocumentRule
            {
                public override void Analyze(LegalReview.Review.ReviewContext context) { }
            }
        }
        """,
        """
        using LegalReview.Review;

        namespace Jinjiang.Rules
        {
            [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
            [LegalReview.Review.LegalBasis("《党政机关公文处理工作条例》第九条")]
            public sealed class SeriesRule : LegalReview.Review.DocumentRule
            {
                public override void Analyze(LegalReview.Review.ReviewContext context) { }
            }
        }
        """);
}
