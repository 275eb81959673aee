namespace LegalReview.Documents.Structure;

/// <summary>The paragraphs and text a parse works on, shared read-only by every step.</summary>
internal sealed class ParseContext
{
    private readonly int[] _offsets;

    public ParseContext(List<DocumentParagraph> paragraphs, string text)
    {
        Paragraphs = paragraphs;
        Text = text;
        NormalizedText = TextNormalizer.Normalize(text);
        Flow = paragraphs.Where(p => p.Part is SourcePartKind.Body or SourcePartKind.TextBox).ToList();
        _offsets = paragraphs.Select(p => p.Offset).ToArray();
    }

    public List<DocumentParagraph> Paragraphs { get; }

    public List<DocumentParagraph> Flow { get; }

    public string Text { get; }

    public string NormalizedText { get; }

    public string Norm(DocumentParagraph p) => NormalizedText.Substring(p.Offset, p.Text.Length);

    public SourceSpan SpanAt(int offset, int length)
    {
        var i = Array.BinarySearch(_offsets, offset);
        if (i < 0)
        {
            i = Math.Max(0, ~i - 1);
        }

        return new SourceSpan(offset, length, i);
    }
}
