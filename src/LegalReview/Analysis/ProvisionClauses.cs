using System.Text.RegularExpressions;
using LegalReview.Documents;

namespace LegalReview.Analysis;

/// <summary>
/// The clause analysis of one provision: its sentences and what each does, whether a lead-in forbids the whole item,
/// and, for any words of its text, whether the provision creates, forbids, mentions, grants or restates the measure
/// they name. Computed once per provision and document (see <c>ReviewContext.Clauses</c>); all offsets are offsets
/// of the provision's normalised text, which are those of <see cref="Provision.Text"/>.
/// </summary>
public sealed class ProvisionClauses
{
    private IReadOnlyList<ClauseSentence>? _sentences;
    private bool? _underProhibitingLeadIn;

    // Sentences and the lead-in are read on first use: most provisions hold no trigger of any rule.
    internal ProvisionClauses(Provision provision, string text)
    {
        Provision = provision;
        Text = text;
    }

    /// <summary>The provision.</summary>
    public Provision Provision { get; }

    /// <summary>The provision's normalised text.</summary>
    public string Text { get; }

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<ClauseSentence> Sentences => _sentences ??= ClauseAnalyzer.Split(Text);

    /// <summary>
    /// Whether the provision is an item of a list whose lead-in forbids or sanctions what the items describe
    /// ("不得有下列行为：", "有下列情形之一的，依法给予处分："): everything it names is then prohibited, not created.
    /// </summary>
    public bool UnderProhibitingLeadIn => _underProhibitingLeadIn ??= ClauseAnalyzer.IsUnderProhibitingLeadIn(Provision);

    /// <summary>The sentence holding an index of the text (the last one when the index is at the end).</summary>
    /// <param name="index">An index of the text.</param>
    /// <returns>The sentence.</returns>
    public ClauseSentence SentenceAt(int index)
    {
        foreach (var s in Sentences)
        {
            // An index on the closing mark belongs to the sentence it closes.
            if (index <= s.End)
            {
                return s;
            }
        }

        return Sentences.Count > 0 ? Sentences[^1] : new ClauseSentence(0, Text.Length, Text, ClauseForce.Statement);
    }

    /// <summary>The sentence holding a span: from after the previous 。；！？ to the next one (exclusive).</summary>
    /// <param name="index">Start of the span.</param>
    /// <param name="length">Its length.</param>
    /// <returns>The sentence's text.</returns>
    public string Sentence(int index, int length) => Cut(index, length, Lexicon.SentenceEnds, out _);

    /// <summary>The text of the sentence before an index.</summary>
    /// <param name="index">An index of the text.</param>
    /// <returns>From the sentence's start to the index.</returns>
    public string SentenceBefore(int index) => Text[Start(index, Lexicon.SentenceEnds)..index];

    /// <summary>The text of the sentence after a span.</summary>
    /// <param name="index">Start of the span.</param>
    /// <param name="length">Its length.</param>
    /// <returns>From the span's end to the sentence's end.</returns>
    public string SentenceAfter(int index, int length)
    {
        var from = Math.Min(Text.Length, index + length);
        return Text[from..Math.Max(from, End(from, Lexicon.SentenceEnds))];
    }

    /// <summary>The comma-delimited segment(s) covering a span, from the start of the segment where it begins to the span's end.</summary>
    /// <param name="index">Start of the span.</param>
    /// <param name="length">Its length.</param>
    /// <returns>The segment up to the span's end.</returns>
    public string Segment(int index, int length) => Text[Start(index, Lexicon.SegmentEnds)..Math.Min(Text.Length, index + length)];

    /// <summary>The text of the comma-delimited segment before an index.</summary>
    /// <param name="index">An index of the text.</param>
    /// <returns>From the segment's start to the index.</returns>
    public string SegmentBefore(int index) => Text[Start(index, Lexicon.SegmentEnds)..index];

    /// <summary>The whole comma-delimited segment(s) around a span.</summary>
    /// <param name="index">Start of the span.</param>
    /// <param name="length">Its length.</param>
    /// <returns>The segment.</returns>
    public string SegmentAround(int index, int length) => Cut(index, length, Lexicon.SegmentEnds, out _);

    /// <summary>How the provision relates to the measure named by the words of a match.</summary>
    /// <param name="match">A successful match over <see cref="Text"/>.</param>
    /// <returns>Created, prohibited, mentioned, granted or restated.</returns>
    public MeasureStance StanceOf(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return StanceOf(match.Index, match.Length);
    }

    /// <summary>How the provision relates to the measure named by the words at a span of its text.</summary>
    /// <param name="index">Start of the words.</param>
    /// <param name="length">Their length.</param>
    /// <returns>Created, prohibited, mentioned, granted or restated.</returns>
    public MeasureStance StanceOf(int index, int length) => ClauseAnalyzer.Stance(this, index, length);

    /// <summary>Whether the provision creates the measure named by the words of a match (the only case content rules report).</summary>
    /// <param name="match">A successful match over <see cref="Text"/>.</param>
    /// <returns>Whether the stance is <see cref="MeasureStance.Created"/>.</returns>
    public bool IsCreated(Match match) => StanceOf(match) == MeasureStance.Created;

    /// <summary>
    /// A law invoked by name without an article in the sentence of a span ("依照《食品安全法》规定"), or null: the clause
    /// points at a basis but leaves the lawyer to find the article.
    /// </summary>
    /// <param name="index">Start of the span.</param>
    /// <param name="length">Its length.</param>
    /// <returns>The law's name, or null.</returns>
    public string? LawNamedWithoutArticle(int index, int length) => ClauseAnalyzer.LawNamedWithoutArticle(Sentence(index, length));

    /// <summary>Whether a subject phrase names the administration (行政机关、有关部门、工作人员 …) rather than the public.</summary>
    /// <param name="subject">The subject phrase.</param>
    /// <returns>Whether it names the administration.</returns>
    public static bool IsAdministration(string subject) => ClauseAnalyzer.IsAdministration(subject);

    private string Cut(int index, int length, string stops, out int start)
    {
        start = Start(index, stops);
        return Text[start..End(Math.Min(Text.Length, index + length), stops)];
    }

    private int Start(int index, string stops)
    {
        var start = Math.Min(index, Text.Length);
        while (start > 0 && stops.IndexOf(Text[start - 1], StringComparison.Ordinal) < 0)
        {
            start--;
        }

        return start;
    }

    private int End(int from, string stops)
    {
        var end = from;
        while (end < Text.Length && stops.IndexOf(Text[end], StringComparison.Ordinal) < 0)
        {
            end++;
        }

        return end;
    }
}
