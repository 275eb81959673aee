using System.Buffers;
using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// One fair-competition concept: a mechanism (the anchor, where the finding is placed) composed with who is favoured
/// and what is at stake, which may be written in the same sentence or elsewhere in the provision (a condition in one
/// clause, its consequence in another). The concept fires when the anchor matches, the provision and sentence
/// requirements hold, no exclusion is in the sentence, and clause analysis finds the provision sets the measure.
/// </summary>
internal sealed class CompetitionConcept
{
    private readonly SearchValues<string> _keys;

    /// <summary>Creates a concept.</summary>
    /// <param name="name">A short English name, for tests and docs.</param>
    /// <param name="keys">Words one of which every anchor match contains: a cheap pre-filter before any regex runs.</param>
    /// <param name="anchor">The mechanism's wording; the finding is placed on it.</param>
    /// <param name="explanation">What is wrong, in Chinese, after the quoted words.</param>
    /// <param name="inSentence">What must also be said in the anchor's sentence (who is favoured, the object), or null.</param>
    /// <param name="inProvision">What must also be said somewhere in the provision, or null.</param>
    /// <param name="exclude">Words in the anchor's sentence that make it something else, or null.</param>
    public CompetitionConcept(string name, string[] keys, Regex anchor, string explanation, Regex? inSentence = null, Regex? inProvision = null, Regex? exclude = null)
    {
        Name = name;
        _keys = SearchValues.Create(keys, StringComparison.Ordinal);
        Anchor = anchor;
        Explanation = explanation;
        InSentence = inSentence;
        InProvision = inProvision;
        Exclude = exclude;
    }

    /// <summary>The concept's short English name.</summary>
    public string Name { get; }

    /// <summary>The mechanism's wording.</summary>
    public Regex Anchor { get; }

    /// <summary>What is wrong, in Chinese.</summary>
    public string Explanation { get; }

    /// <summary>What the anchor's sentence must also say.</summary>
    public Regex? InSentence { get; }

    /// <summary>What the provision must also say.</summary>
    public Regex? InProvision { get; }

    /// <summary>What keeps the concept silent when said in the anchor's sentence.</summary>
    public Regex? Exclude { get; }

    /// <summary>
    /// Reports the concept in a provision: at most one finding per sentence, none on a span the rule already reported.
    /// </summary>
    /// <param name="provision">The provision.</param>
    /// <param name="context">The review context.</param>
    /// <param name="taken">Spans the rule has reported in this provision; created on the first finding.</param>
    public void Report(Provision provision, ReviewContext context, ref List<(int Start, int End)>? taken)
    {
        var text = context.Normalized(provision);
        if (text.AsSpan().IndexOfAny(_keys) < 0 || !Anchor.IsMatch(text) || (InProvision is not null && !InProvision.IsMatch(text)))
        {
            return;
        }

        var lastSentence = -1;
        for (var m = Anchor.Match(text); m.Success; m = m.NextMatch())
        {
            var (sentence, start) = CompetitionFindings.SentenceAt(text, m.Index);
            if (start == lastSentence
                || (taken is not null && CompetitionFindings.Overlaps(taken, m.Index, m.Index + m.Length))
                || (InSentence is not null && !InSentence.IsMatch(sentence))
                || (Exclude is not null && Exclude.IsMatch(sentence))
                || !CompetitionFindings.IsSetHere(context, provision, m.Index, m.Length))
            {
                continue;
            }

            lastSentence = start;
            (taken ??= []).Add((m.Index, m.Index + m.Length));
            context.Report(provision, m, $"“{CompetitionFindings.Quote(provision, m)}”{Explanation}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
