using LegalReview.Analyzers.CodeFixes;
using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.CodeFixes;

[TestFixture]
public sealed class HoistRegexCodeFixProviderTests
{
    [Test]
    public Task RegexInLocal_BecomesStaticReadonlyFieldNamedAfterTheLocal() => Verify<RegexPerCallAnalyzer>.CodeFixAsync<HoistRegexCodeFixProvider>(
        """
        using System.Text.RegularExpressions;
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class ApprovalRule : ProvisionRule
        {
            public override void Analyze(Provision provision, ReviewContext context)
            {
                var approval = {|LRA0011:new Regex("须经.{0,6}批准", RegexOptions.CultureInvariant)|};
                if (approval.Match(provision.Text) is { Success: true } match)
                {
                    context.Report(provision, match, "该款设定了审批。");
                }
            }
        }
        """,
        """
        using System.Text.RegularExpressions;
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class ApprovalRule : ProvisionRule
        {
            private static readonly Regex Approval = new Regex("须经.{0,6}批准", RegexOptions.CultureInvariant);

            public override void Analyze(Provision provision, ReviewContext context)
            {
                var approval = Approval;
                if (approval.Match(provision.Text) is { Success: true } match)
                {
                    context.Report(provision, match, "该款设定了审批。");
                }
            }
        }
        """);

    [Test]
    public Task InlineRegex_BecomesFieldWithFreeName() => Verify<RegexPerCallAnalyzer>.CodeFixAsync<HoistRegexCodeFixProvider>(
        """
        using System.Text.RegularExpressions;
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class ApprovalRule : ProvisionRule
        {
            private const string Pattern = "核准";

            public override void Analyze(Provision provision, ReviewContext context)
            {
                if ({|LRA0011:new Regex(Pattern)|}.IsMatch(provision.Text))
                {
                    context.Report(provision.Span, "该款设定了核准。");
                }
            }
        }
        """,
        """
        using System.Text.RegularExpressions;
        using LegalReview.Documents;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class ApprovalRule : ProvisionRule
        {
            private static readonly Regex Pattern2 = new Regex(Pattern);
            private const string Pattern = "核准";

            public override void Analyze(Provision provision, ReviewContext context)
            {
                if (Pattern2.IsMatch(provision.Text))
                {
                    context.Report(provision.Span, "该款设定了核准。");
                }
            }
        }
        """);
}
