using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class LegalBasisAnalyzerTests
{
    [Test]
    public Task RuleWithoutLegalBasis_IsReported() => Verify<LegalBasisAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        public sealed class {|LRA0005:MyRule|} : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [TestCase("行政许可法")]
    [TestCase("《中华人民共和国行政许可法》")]
    [TestCase("行政许可法第十七条")]
    [TestCase("《…》第…条")]
    [TestCase("国办发[2018]37号")]
    public Task UnlocatableCitation_IsReported(string citation) => Verify<LegalBasisAnalyzer>.AnalyzerAsync($$"""
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis({|LRA0006:"{{citation}}"|})]
        public sealed class MyRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [TestCase("《中华人民共和国行政许可法》第十七条")]
    [TestCase("《中华人民共和国立法法》第八十条第二款")]
    [TestCase("《党政机关公文格式》（GB/T 9704-2012）第7.2.5条")]
    [TestCase("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）")]
    [TestCase("GB/T 9704-2012")]
    [TestCase("《党政机关公文格式》（GB/T 9704—2012）")]
    [TestCase("《优化营商环境条例》（国务院令第722号）")]
    [TestCase("《中华人民共和国行政处罚法》第二章")]
    public Task LocatableCitation_IsNotReported(string citation) => Verify<LegalBasisAnalyzer>.AnalyzerAsync($$"""
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("{{citation}}", Verified = false)]
        public sealed class MyRule : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);

    [Test]
    public Task AbstractBaseAndClassWithoutMetadata_AreNotReported() => Verify<LegalBasisAnalyzer>.AnalyzerAsync("""
        using LegalReview.Review;

        public abstract class BureauRule : DocumentRule { }

        public sealed class Undeclared : DocumentRule
        {
            public override void Analyze(ReviewContext context) { }
        }
        """);
}
