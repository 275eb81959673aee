namespace LegalReview.Documents;

/// <summary>
/// A place in a <see cref="NormativeDocument"/>: a character range of <see cref="NormativeDocument.Text"/>
/// together with the source paragraph it came from.
/// </summary>
/// <remarks>
/// Offsets are the same in <see cref="NormativeDocument.Text"/> and <see cref="NormativeDocument.NormalizedText"/>:
/// normalisation maps character for character, so a span found by matching normalised text can quote the original.
/// </remarks>
/// <param name="Offset">Zero-based character offset in the document text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="ParagraphIndex">Index of the logical paragraph (see <see cref="NormativeDocument.Paragraphs"/>) where the span starts.</param>
public readonly record struct SourceSpan(int Offset, int Length, int ParagraphIndex)
{
    /// <summary>The offset just past the last character of the span.</summary>
    public int End => Offset + Length;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(SourceSpan other) => other.Offset >= Offset && other.End <= End;

    /// <summary>Whether the character at <paramref name="offset"/> lies inside this span.</summary>
    /// <param name="offset">An offset in the document text.</param>
    public bool Contains(int offset) => offset >= Offset && offset < End;
}
