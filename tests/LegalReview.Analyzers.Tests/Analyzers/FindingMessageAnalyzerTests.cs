using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class FindingMessageAnalyzerTests
{
    [Test]
    public Task EmptyMessages_AreReported() => Verify<FindingMessageAnalyzer>.AnalyzerAsync("""
        using System.Text.RegularExpressions;
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class MyRule : ProvisionRule
        {
            private const string Nothing = " ";

            public override void Analyze(Provision provision, ReviewContext context)
            {
                context.Report(provision.Span, {|LRA0008:""|});
                context.Report(provision, 0, 1, {|LRA0008:string.Empty|});
                context.Report(provision, Match.Empty, {|LRA0008:Nothing|});
                context.Report(provision.Span, severity: FindingSeverity.Error, {|LRA0008:message: ""|});
            }
        }
        """);

    [Test]
    public Task Messages_AreNotReported() => Verify<FindingMessageAnalyzer>.AnalyzerAsync("""
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class MyRule : ProvisionRule
        {
            public override void Analyze(Provision provision, ReviewContext context)
            {
                context.Report(provision.Span, "该款设定了行政许可。", "");
                context.Report(provision, 0, 1, $"“{provision.Label}”缺少依据。");
            }
        }
        """);
}
