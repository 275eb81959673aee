namespace LegalReview.Analysis;

/// <summary>Whether the text under review is the whole document.</summary>
public enum TextCompleteness
{
    /// <summary>The full text.</summary>
    Full,

    /// <summary>An excerpt or summary (节选、摘要、摘编).</summary>
    Excerpt,

    /// <summary>The document announces an attachment (附件：…) that the text does not carry.</summary>
    AttachmentMissing,
}
