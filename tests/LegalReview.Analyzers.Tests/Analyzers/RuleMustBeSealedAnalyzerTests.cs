using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class RuleMustBeSealedAnalyzerTests
{
    [Test]
    public Task UnsealedRule_IsReported() => Verify<RuleMustBeSealedAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public class {|LRA0015:MyRule|} : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task SealedAbstractAndUnrelatedClasses_AreNotReported() => Verify<RuleMustBeSealedAnalyzer>.AnalyzerAsync("""
        using LegalReview.Documents;
        using LegalReview.Review;

        public abstract class SharedBase : ProvisionRule { }

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class MyRule : SharedBase
        {
            public override void Analyze(Provision provision, ReviewContext context) { }
        }

        public class Helper { }
        """);
}
