namespace LegalReview.Documents;

/// <summary>A table of the document, its cells as text.</summary>
internal sealed class DocumentTable
{
    internal DocumentTable(int index, IReadOnlyList<IReadOnlyList<string>> rows, SourceSpan span)
    {
        Index = index;
        Rows = rows;
        Span = span;
    }

    /// <summary>Zero-based index of the table in document order.</summary>
    public int Index { get; }

    /// <summary>Rows of cells; each cell's paragraphs are joined with line breaks.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The span of the table's text.</summary>
    public SourceSpan Span { get; }

    /// <summary>The provision in which the table stands (the last provision before it), if any.</summary>
    public Provision? Container { get; internal set; }
}
