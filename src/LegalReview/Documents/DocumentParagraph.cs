namespace LegalReview.Documents;

/// <summary>
/// One logical paragraph of the document text as the reader produced it: a Word paragraph, a line of a
/// soft-broken paragraph, a table-cell paragraph or a line of a plain-text file.
/// </summary>
public sealed class DocumentParagraph
{
    internal DocumentParagraph(int index, string text, int offset, SourcePartKind part, int sourceIndex, string? numberingText, TableCellAddress? cell)
    {
        Index = index;
        Text = text;
        Offset = offset;
        Part = part;
        SourceIndex = sourceIndex;
        NumberingText = numberingText;
        Cell = cell;
    }

    /// <summary>Zero-based index among the document's logical paragraphs.</summary>
    public int Index { get; }

    /// <summary>The paragraph text as read (accepted revisions, materialised list numbering, no field codes).</summary>
    public string Text { get; }

    /// <summary>Offset of the first character in <see cref="NormativeDocument.Text"/>.</summary>
    public int Offset { get; }

    /// <summary>Which part of the source it came from.</summary>
    internal SourcePartKind Part { get; }

    /// <summary>
    /// Index of the source paragraph: the ordinal of the <c>w:p</c> element in the body (in document order,
    /// table and text-box paragraphs included) for .docx, the line number (zero-based) for plain text.
    /// </summary>
    internal int SourceIndex { get; }

    /// <summary>The list number Word displayed in front of the paragraph (e.g. "第三条"), when it came from auto-numbering.</summary>
    internal string? NumberingText { get; }

    /// <summary>The table cell holding the paragraph, for <see cref="SourcePartKind.TableCell"/>.</summary>
    internal TableCellAddress? Cell { get; }

    /// <summary>The span of the whole paragraph.</summary>
    public SourceSpan Span => new(Offset, Text.Length, Index);

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>The position of a table cell: which table of the document, which row and which column.</summary>
/// <param name="Table">Zero-based table index in document order.</param>
/// <param name="Row">Zero-based row index.</param>
/// <param name="Column">Zero-based cell index within the row.</param>
internal readonly record struct TableCellAddress(int Table, int Row, int Column);
