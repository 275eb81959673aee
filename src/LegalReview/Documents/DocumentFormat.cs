namespace LegalReview.Documents;

/// <summary>The file format a document was read from.</summary>
public enum SourceFormat
{
    /// <summary>Office Open XML word-processing document (.docx, also as written by WPS Office).</summary>
    Docx,

    /// <summary>Plain text (UTF-8, UTF-16 with BOM, or GB18030).</summary>
    PlainText,

    /// <summary>The text layer of a PDF file.</summary>
    Pdf,

    /// <summary>Text extracted from another format by a host-supplied reader.</summary>
    Other,
}
