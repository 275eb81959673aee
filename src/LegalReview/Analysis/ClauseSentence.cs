namespace LegalReview.Analysis;

/// <summary>One sentence of a provision (up to 。；！？ or a line end), with what it does.</summary>
/// <param name="Start">Where it starts in the provision's text.</param>
/// <param name="Length">Its length, without the closing mark.</param>
/// <param name="Text">Its (normalised) text.</param>
/// <param name="Force">What it does.</param>
public sealed record ClauseSentence(int Start, int Length, string Text, ClauseForce Force)
{
    /// <summary>Where it ends (exclusive) in the provision's text.</summary>
    public int End => Start + Length;

    /// <summary>Whether an index of the provision's text falls in the sentence.</summary>
    /// <param name="index">An index of the provision's text.</param>
    /// <returns>Whether the sentence holds it.</returns>
    public bool Contains(int index) => index >= Start && index < End;
}
