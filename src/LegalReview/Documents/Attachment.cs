namespace LegalReview.Documents;

/// <summary>An attachment named in the 附件说明 ("附件：1.XXX").</summary>
/// <param name="Number">The attachment number (1 when there is a single unnumbered attachment).</param>
/// <param name="Title">The attachment title as written in the 附件说明.</param>
/// <param name="Span">Where the entry stands.</param>
internal sealed record Attachment(int Number, string Title, SourceSpan Span)
{
    /// <summary>The attached text's own part, when the document includes it.</summary>
    public DocumentSection? Content { get; internal set; }
}
