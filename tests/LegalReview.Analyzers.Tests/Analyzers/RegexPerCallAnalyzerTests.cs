using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class RegexPerCallAnalyzerTests
{
    [Test]
    public Task RegexBuiltInMethods_IsReported() => Verify<RegexPerCallAnalyzer>.AnalyzerAsync("""
        using System.Linq;
        using System.Text.RegularExpressions;
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class ApprovalRule : ProvisionRule
        {
            private Regex Lazy => {|LRA0011:new Regex("核准")|};

            public override void Analyze(Provision provision, ReviewContext context)
            {
                var approval = {|LRA0011:new Regex("须经.{0,6}批准", RegexOptions.CultureInvariant)|};
                Regex typed = {|LRA0011:new("审批")|};
                var any = new[] { "甲", "乙" }.Any(w => {|LRA0011:new Regex(@"\d+")|}.IsMatch(w));
                if (approval.IsMatch(provision.Text) || typed.IsMatch(provision.Text) || Check(provision.Text) || Lazy.IsMatch(provision.Text))
                {
                    context.Report(provision.Span, "该款设定了审批。");
                }
            }

            private static bool Check(string text) => {|LRA0011:new Regex("许可")|}.IsMatch(text);
        }
        """);

    [Test]
    public Task CachedGeneratedDynamicAndOutsideRules_AreNotReported() => Verify<RegexPerCallAnalyzer>.AnalyzerAsync(
        """
        using System.Text.RegularExpressions;
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed partial class ApprovalRule : ProvisionRule
        {
            private static readonly Regex Approval = new("须经.{0,6}批准", RegexOptions.CultureInvariant);
            private static Regex Typed { get; } = new("核准");
            private readonly Regex _instance;

            public ApprovalRule()
            {
                _instance = new Regex("审批");
            }

            public override void Analyze(Provision provision, ReviewContext context)
            {
                var series = new Regex("^(?:" + string.Join("|", context.Options.DocumentNumberSeries) + ")〔");
                if (Approval.IsMatch(provision.Text) || Typed.IsMatch(provision.Text) || _instance.IsMatch(provision.Text)
                    || Generated().IsMatch(provision.Text) || series.IsMatch(provision.Text) || Regex.IsMatch(provision.Text, "许可"))
                {
                    context.Report(provision.Span, "该款设定了审批。");
                }
            }

            [GeneratedRegex("备案")]
            private static partial Regex Generated();
        }

        public static class TextTools
        {
            public static bool HasDigits(string text) => new Regex(@"\d").IsMatch(text);
        }
        """,
        """
        using System.Text.RegularExpressions;

        partial class ApprovalRule
        {
            private static partial Regex Generated() => new Regex("备案");
        }
        """);
}
