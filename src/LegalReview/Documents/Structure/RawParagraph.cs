namespace LegalReview.Documents.Structure;

/// <summary>A paragraph as a reader delivers it, before structure is recognised.</summary>
/// <param name="Text">The paragraph text.</param>
/// <param name="Part">Where it came from.</param>
/// <param name="SourceIndex">The source paragraph ordinal (w:p index or line number).</param>
/// <param name="NumberingText">Materialised list-number text that was prepended, if any.</param>
/// <param name="Cell">The table cell, for table paragraphs.</param>
internal readonly record struct RawParagraph(string Text, SourcePartKind Part, int SourceIndex, string? NumberingText = null, TableCellAddress? Cell = null);
