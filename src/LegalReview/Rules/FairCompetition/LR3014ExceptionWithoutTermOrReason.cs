using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3014: the fair-competition review relied on the exception of article 12 of the regulation, but the document sets
/// no implementation period or end condition, or the conclusion does not explain why no less restrictive alternative
/// exists. Decided only from the review conclusion the caller supplies; without it the rule stays silent.
/// </summary>
[ReviewRule("LR3014", RuleCategory.Competition, FindingSeverity.Warning, "适用公平竞争审查例外规定未明确实施期限或者未说明理由",
    Description = "政策措施具有或者可能具有排除、限制竞争效果，但为维护国家安全和发展利益、促进科学技术进步、实现节约能源、保护环境、救灾救助等社会公共利益而适用例外规定的，须没有对公平竞争影响更小的替代方案，并能够确定合理的实施期限或者终止条件；适用例外的，应当在审查结论中详细说明。",
    Suggestion = "在文件中明确实施期限（如“本措施实施期限至2026年12月31日”）或者终止条件，并在公平竞争审查结论中说明适用例外的理由以及没有对公平竞争影响更小的替代方案。",
    OffendingExample = "审查结论：适用《公平竞争审查条例》第十二条，可以出台（文件无实施期限）。",
    CompliantExample = "审查结论载明无影响更小的替代方案，文件规定“本措施实施期限至2026年12月31日”。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《公平竞争审查条例》第十二条")]
[LegalBasis("《公平竞争审查条例》第十七条")]
internal sealed partial class LR3014ExceptionWithoutTermOrReason : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata?.FairCompetitionConclusion is not { Length: > 0 } conclusion || !ReliesOnException().IsMatch(conclusion))
        {
            return;
        }

        var doc = context.Document;
        var at = doc.Body.TitleSpan ?? doc.TitleSpan ?? (doc.Paragraphs.Count > 0 ? doc.Paragraphs[0].Span : doc.SpanAt(0, Math.Min(doc.Text.Length, 10)));
        if (doc.Validity is null && !Term().IsMatch(doc.NormalizedText))
        {
            context.Report(at, "公平竞争审查结论适用了《公平竞争审查条例》第十二条的例外规定，但文件未规定实施期限或者终止条件。",
                "在附则中写明实施期限或者终止条件，例如“本措施实施期限至××××年××月××日”。");
        }

        if (!NoAlternative().IsMatch(conclusion))
        {
            context.Report(doc.Validity?.Span ?? at, "公平竞争审查结论适用了例外规定，但未说明没有对公平竞争影响更小的替代方案。",
                "在公平竞争审查结论中补充适用例外的具体理由，说明已比较的替代方案以及没有对公平竞争影响更小的替代方案的原因。");
        }
    }

    [GeneratedRegex(@"第十二条|第12条|例外规定|例外情形|适用例外")]
    private static partial Regex ReliesOnException();

    [GeneratedRegex(@"实施期限|执行期限|有效期|终止条件|(?:届满|到期)(?:后|即)?(?:自动)?(?:终止|停止|失效)|(?:后|时)(?:自动)?(?:终止|停止)(?:执行|实施)")]
    private static partial Regex Term();

    [GeneratedRegex(@"替代方案|替代措施|影响更小")]
    private static partial Regex NoAlternative();
}
