using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules;

/// <summary>Reporting a match in a provision at a severity other than the rule's default.</summary>
internal static class ProvisionReporting
{
    /// <summary>Reports the match at the given severity (ignored when configuration re-levels the rule).</summary>
    public static void Report(this ReviewContext context, Provision provision, Match match, string message, FindingSeverity severity, string? suggestion = null) =>
        context.Report(context.Document.SpanAt(provision.TextOffset + match.Index, match.Length), message, suggestion, severity);

    /// <summary>
    /// Reports a content finding. When the sentence invokes a law by name but gives no article, the finding becomes a
    /// warning with a hint to cite the article; a specific article is left to the engine, which lowers it to info.
    /// </summary>
    public static void ReportContent(this ReviewContext context, Provision provision, string normalized, Match match, string message, string? suggestion = null)
    {
        var law = ClauseText.LawNamedWithoutArticle(normalized, match);
        if (law is null)
        {
            context.Report(provision, match, message, suggestion);
        }
        else
        {
            context.Report(provision, match, ClauseText.WithLawHint(message, law), FindingSeverity.Warning, suggestion);
        }
    }
}
