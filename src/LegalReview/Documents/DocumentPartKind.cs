namespace LegalReview.Documents;

/// <summary>Where a paragraph was found in the source package.</summary>
internal enum SourcePartKind
{
    /// <summary>The main body of the document.</summary>
    Body,

    /// <summary>A table cell in the body.</summary>
    TableCell,

    /// <summary>A text box (drawing or VML shape) anchored in the body.</summary>
    TextBox,

    /// <summary>A footnote or endnote; kept out of the provision tree.</summary>
    Note,
}
