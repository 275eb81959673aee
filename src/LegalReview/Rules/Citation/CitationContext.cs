using System.Text.RegularExpressions;
using LegalReview.Documents;

namespace LegalReview.Rules.Citation;

/// <summary>What the citation rules need around a citation: the date the document speaks from, and the sentence the citation stands in.</summary>
internal static partial class CitationContext
{
    private static readonly char[] SentenceEnds = ['。', '；', '！', '？', '\n'];

    /// <summary>The document's 施行日期 when it can be worked out, else its 成文日期; null when it has neither.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The date.</returns>
    public static DateOnly? DocumentDate(NormativeDocument document) =>
        document.EffectiveDate?.Resolve(document.IssueDate?.Value) ?? document.IssueDate?.Value;

    /// <summary>The normalised sentence around a span, and the span's offset within it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="span">The span.</param>
    /// <returns>The sentence and where the span starts in it.</returns>
    public static (string Sentence, int SpanStart) SentenceAround(NormativeDocument document, SourceSpan span)
    {
        var text = document.NormalizedText;
        var start = span.Offset == 0 ? -1 : text.LastIndexOfAny(SentenceEnds, span.Offset - 1);
        start = start < 0 ? 0 : start + 1;
        var end = text.IndexOfAny(SentenceEnds, span.Offset + span.Length);
        end = end < 0 ? text.Length : end;
        return (text[start..end], span.Offset - start);
    }

    /// <summary>
    /// Whether the citation only records a repeal rather than relying on the law: "原《……》", or "《……》、《……》同时废止".
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="span">The citation.</param>
    /// <returns>Whether the sentence names the repeal.</returns>
    public static bool IsMentionOfRepeal(NormativeDocument document, SourceSpan span)
    {
        var (sentence, at) = SentenceAround(document, span);
        return (at > 0 && sentence[at - 1] == '原') || RepealAfter().IsMatch(sentence[(at + span.Length)..]);
    }

    /// <summary>A date as a lawyer writes it: 2021年1月1日.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>What follows the citation, past any further titles in the same list, says it is repealed.</summary>
    [GeneratedRegex(@"^(?:[、，和及与以]*《[^《》]*》(?:（[^（）]*）)?)*[^，。；]{0,6}?(?:废止|失效|停止执行|被取代|不再适用)")]
    private static partial Regex RepealAfter();
}
