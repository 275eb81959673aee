using LegalReview.Documents;

namespace LegalReview.Analysis;

/// <summary>
/// Everything the document profile is read from, gathered in one place so that richer facts of the document model
/// (a page's metadata block, the issued document's 文种) can be plugged in here without touching the reader.
/// </summary>
/// <param name="Title">The document's title.</param>
/// <param name="Issuers">The issuers read from the header or signature.</param>
/// <param name="AgencyCode">The 文号's agency code ("国办发"), or empty.</param>
/// <param name="Head">The first lines of the text (header, web metadata block, main title).</param>
/// <param name="Text">The whole normalised text.</param>
/// <param name="RawText">The whole text as read (before normalisation: half-width marks still there).</param>
internal sealed record ProfileInputs(string Title, IReadOnlyList<string> Issuers, string AgencyCode, string Head, string Text, string RawText)
{
    private const int HeadLength = 400;

    /// <summary>Gathers the inputs from the document model as it stands.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The inputs.</returns>
    public static ProfileInputs From(NormativeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.NormalizedText;
        return new ProfileInputs(
            document.Title,
            document.Issuers,
            document.DocumentNumber?.AgencyCode ?? string.Empty,
            text[..Math.Min(HeadLength, text.Length)],
            text,
            document.Text);
    }
}
