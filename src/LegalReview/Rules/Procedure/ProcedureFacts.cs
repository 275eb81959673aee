using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// What the procedure rules share: where a finding about the document as a whole stands, and the single info
/// finding a rule reports when the metadata lacks the facts it needs.
/// </summary>
internal static class ProcedureFacts
{
    /// <summary>The span a whole-document finding points at: the title, else the opening words.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The span.</returns>
    public static SourceSpan Anchor(NormativeDocument document) =>
        document.TitleSpan ?? document.Body.TitleSpan ?? document.SpanAt(0, Math.Min(document.Text.Length, 10));

    /// <summary>
    /// Reports, as one info finding, which facts are missing and what therefore cannot be checked. Nothing is
    /// reported when no fact is missing.
    /// </summary>
    /// <param name="context">The review context.</param>
    /// <param name="missing">The missing facts, in Chinese ("征求意见起止日期").</param>
    /// <param name="cannotCheck">What cannot be checked ("征求意见期限").</param>
    /// <param name="why">Why the check applies to this document, when that was decided from its text; null otherwise.</param>
    /// <returns>Whether a finding was reported.</returns>
    public static bool ReportMissing(ReviewContext context, IReadOnlyCollection<string> missing, string cannotCheck, string? why = null)
    {
        if (missing.Count == 0)
        {
            return false;
        }

        context.Report(
            Anchor(context.Document),
            string.IsNullOrEmpty(why)
                ? $"未提供{string.Join("、", missing)}，无法核查{cannotCheck}。"
                : $"{why}，但未提供{string.Join("、", missing)}，无法核查{cannotCheck}。",
            $"在审查材料中补充{string.Join("、", missing)}后重新审查。",
            FindingSeverity.Info);
        return true;
    }

    /// <summary>A date as a lawyer writes it: 2025年3月5日.</summary>
    /// <param name="day">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(DateOnly day) => DocumentDate.FormatStandard(day);

    /// <summary>Whether the document is issued in the name of a people's government (or its general office).</summary>
    /// <param name="document">The document.</param>
    /// <returns>True for a government-level document; false for a department's.</returns>
    public static bool IsGovernmentLevel(NormativeDocument document) =>
        document.Issuers.Any(i => i.EndsWith("人民政府", StringComparison.Ordinal)
            || i.EndsWith("人民政府办公室", StringComparison.Ordinal)
            || i.EndsWith("人民政府办公厅", StringComparison.Ordinal));

    /// <summary>A note to add to a message when the holiday calendar does not cover the years involved.</summary>
    /// <param name="context">The review context, whose calendar is used.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period.</param>
    /// <returns>The note, or an empty string.</returns>
    public static string CalendarNote(ReviewContext context, DateOnly from, DateOnly to) =>
        context.Calendar.Covers(from, to)
            ? string.Empty
            : "（所涉年度的国务院节假日安排尚未载入，按周六、周日休息推算，请人工核对）";
}
