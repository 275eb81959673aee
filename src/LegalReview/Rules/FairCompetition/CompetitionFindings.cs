using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// How the fair-competition rules read a provision and report a finding: whether the provision itself sets the measure
/// (the clause analysis's stance), the sentence around a match, and the open-competition, benefit and procurement words
/// that decide which rule a measure belongs to.
/// </summary>
internal static partial class CompetitionFindings
{
    /// <summary>The sentence (up to 。；！？ or a line end) around an index, with its start.</summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="index">An index inside it.</param>
    /// <returns>The sentence and where it starts.</returns>
    public static (string Sentence, int Start) SentenceAt(string text, int index)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, index - 1));
        start = start < 0 ? 0 : start + 1;
        var end = text.IndexOfAny(SentenceEnds, index);
        end = end < 0 ? text.Length : end;
        return (text[start..end], start);
    }

    /// <summary>
    /// Whether the provision itself sets the measure named at a match: clause analysis finds it created, or granted
    /// (a reward, a refund, a relief is exactly the benefit the fair-competition rules look at). A measure the provision
    /// forbids (including an item under a "不得……下列" lead-in), mentions (《》 titles, quotations, checklists) or
    /// restates from an upper law is not reported.
    /// </summary>
    /// <param name="context">The review context.</param>
    /// <param name="provision">The provision.</param>
    /// <param name="index">Start of the match in the provision's normalised text.</param>
    /// <param name="length">Its length.</param>
    /// <returns>Whether the document sets the measure.</returns>
    public static bool IsSetHere(ReviewContext context, Provision provision, int index, int length) =>
        context.Clauses(provision).StanceOf(index, length) is MeasureStance.Created or MeasureStance.Granted;

    /// <summary>
    /// Whether the document is the State Council's (or the Central Committee's) own: 《公平竞争审查条例》第十条 forbids
    /// tax, subsidy and fee preferences only "没有法律、行政法规依据或者未经国务院批准", and such a document is that approval.
    /// </summary>
    /// <param name="context">The review context.</param>
    /// <returns>Whether the issuer is central.</returns>
    public static bool IsStateCouncilPolicy(ReviewContext context) => context.DocumentProfile.IssuerLevel == IssuerLevel.Central;

    /// <summary>Whether the sentence around an index frames the matter as open competition or free choice.</summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="index">An index inside the sentence.</param>
    /// <returns>Whether the sentence is about open competition.</returns>
    public static bool IsOpenCompetition(string text, int index) => OpenCompetitionWords().IsMatch(SentenceAt(text, index).Sentence);

    /// <summary>Whether the sentence around an index speaks of a benefit (reward, subsidy, funding).</summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="index">An index inside the sentence.</param>
    /// <returns>Whether a benefit is at stake.</returns>
    public static bool IsAboutBenefit(string text, int index) => BenefitWords().IsMatch(SentenceAt(text, index).Sentence);

    /// <summary>Whether the sentence around an index speaks of tendering or government procurement.</summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="index">An index inside the sentence.</param>
    /// <returns>Whether tendering or procurement is at stake.</returns>
    public static bool IsAboutProcurement(string text, int index) => ProcurementWords().IsMatch(SentenceAt(text, index).Sentence);

    /// <summary>Reports every match of a pattern in a provision that the provision itself sets.</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="context">The review context.</param>
    /// <param name="pattern">The trigger.</param>
    /// <param name="accept">Further test on the match and the normalised text; null to accept all.</param>
    /// <param name="message">The message for a match in the provision (passed in, so that a rule's message lambdas capture nothing and are not allocated per call).</param>
    /// <param name="suggestion">The suggestion for a match; null for the rule's generic one.</param>
    /// <param name="taken">Spans of this provision already reported by the rule's other patterns; an overlapping match is skipped and a reported one added.</param>
    public static void ReportMatches(Provision provision, ReviewContext context, Regex pattern, Func<Match, string, bool>? accept, Func<Match, Provision, string> message, Func<Match, Provision, string?>? suggestion = null, List<(int Start, int End)>? taken = null) =>
        ReportMatches(provision, context, pattern, accept, message, suggestion, ref taken);

    /// <summary>Reports every match of a pattern in a provision that the provision itself sets, sharing the reported spans with the rule's concepts.</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="context">The review context.</param>
    /// <param name="pattern">The trigger.</param>
    /// <param name="accept">Further test on the match and the normalised text; null to accept all.</param>
    /// <param name="message">The message for a match.</param>
    /// <param name="suggestion">The suggestion for a match; null for the rule's generic one.</param>
    /// <param name="taken">Spans already reported in this provision; created on the first finding.</param>
    public static void ReportMatches(Provision provision, ReviewContext context, Regex pattern, Func<Match, string, bool>? accept, Func<Match, Provision, string> message, Func<Match, Provision, string?>? suggestion, ref List<(int Start, int End)>? taken)
    {
        var text = context.Normalized(provision);
        if (!pattern.IsMatch(text))
        {
            // Most provisions hold no trigger: decide that without allocating a match.
            return;
        }

        taken ??= [];
        // One defect, one finding: matches of one pattern within one sentence ("承诺10年内不迁出本市，迁出本市的须退还…",
        // a lock-in and the claw-back that enforces it) are reported once, over the words from the first to the last.
        Match? first = null;
        int end = 0, sentence = -1;
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            if (Overlaps(taken, m.Index, m.Index + m.Length) || !IsSetHere(context, provision, m.Index, m.Length) || (accept is not null && !accept(m, text)))
            {
                continue;
            }

            taken.Add((m.Index, m.Index + m.Length));
            var at = SentenceAt(text, m.Index).Start;
            if (first is not null && at == sentence)
            {
                end = m.Index + m.Length;
                continue;
            }

            if (first is not null)
            {
                ReportSpan(provision, context, first, end, message, suggestion);
            }

            (first, end, sentence) = (m, m.Index + m.Length, at);
        }

        if (first is not null)
        {
            ReportSpan(provision, context, first, end, message, suggestion);
        }
    }

    // The finding of a pattern's matches in one sentence: the first match's message, quoting the words up to the last.
    private static void ReportSpan(Provision provision, ReviewContext context, Match first, int end, Func<Match, Provision, string> message, Func<Match, Provision, string?>? suggestion)
    {
        var text = message(first, provision);
        if (end == first.Index + first.Length)
        {
            context.Report(provision, first, text, suggestion?.Invoke(first, provision));
            return;
        }

        var words = provision.Text[first.Index..end];
        text = text.Replace($"“{Quote(provision, first)}”", $"“{words}”", StringComparison.Ordinal);
        context.Report(context.Document.SpanAt(provision.TextOffset + first.Index, end - first.Index), text, suggestion?.Invoke(first, provision));
    }

    /// <summary>Whether a span overlaps one already reported.</summary>
    /// <param name="taken">The reported spans.</param>
    /// <param name="start">Start of the span.</param>
    /// <param name="end">Its end (exclusive).</param>
    /// <returns>Whether they overlap.</returns>
    public static bool Overlaps(List<(int Start, int End)> taken, int start, int end)
    {
        foreach (var t in taken)
        {
            if (start < t.End && t.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of a match as written in the provision (the match ran over the normalised text).</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="m">The match.</param>
    /// <returns>The original words.</returns>
    public static string Quote(Provision provision, Match m) => provision.Text.Substring(m.Index, m.Length);

    private static readonly char[] SentenceEnds = ['。', '；', '！', '？', '\n'];

    [GeneratedRegex(CompetitionLexicon.OpenCompetition)]
    private static partial Regex OpenCompetitionWords();

    [GeneratedRegex(@"奖励|奖补|补助|补贴|扶持资金|扶持|资助|贴息|申报|享受|兑现|资金支持|给予支持")]
    private static partial Regex BenefitWords();

    [GeneratedRegex(@"投标|招标|政府采购|采购项目|供应商|中标|竞标|比选|比价|询价|发包|承包商|施工单位|代理机构|评审|评分|得分|加分")]
    private static partial Regex ProcurementWords();
}
