using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class FindingLocationAnalyzerTests
{
    [Test]
    public Task EmptySpans_AreReported() => Verify<FindingLocationAnalyzer>.AnalyzerAsync("""
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class NowhereRule : DocumentRule
        {
            public override void Analyze(ReviewContext context)
            {
                context.Report({|LRA0013:default|}, "文件未规定施行日期。");
                context.Report({|LRA0013:default(SourceSpan)|}, "文件未规定有效期。");
                context.Report({|LRA0013:new SourceSpan()|}, "文件缺少文号。");
                context.Report(message: "文件缺少标题。", {|LRA0013:span: new()|});
            }
        }
        """);

    [Test]
    public Task RealSpans_AreNotReported() => Verify<FindingLocationAnalyzer>.AnalyzerAsync("""
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class SomewhereRule : DocumentRule
        {
            public override void Analyze(ReviewContext context)
            {
                var doc = context.Document;
                context.Report(doc.TitleSpan ?? doc.SpanAt(0, 10), "文件未规定施行日期。");
                context.Report(new SourceSpan(0, 4, 0), "文件缺少文号。");
                if (doc.DocumentNumberSpan is { } span)
                {
                    context.Report(span, "文号格式不规范。");
                }
            }
        }
        """);
}
