namespace LegalReview.Documents.Structure;

/// <summary>What the header step found above the body: metadata block, 版头, 文号, title, 主送机关.</summary>
/// <param name="BodyStart">The flow index where the body starts.</param>
/// <param name="Title">The title, lines joined (a title broken over several lines is one title).</param>
/// <param name="TitleSpan">Where the title stands.</param>
/// <param name="Issuers">The issuers named by the 版头 or the title.</param>
/// <param name="Number">The 文号.</param>
/// <param name="NumberSpan">Where the 文号 stands.</param>
/// <param name="Date">A date written under the title ("（2024年3月5日印发）"), or from the metadata block.</param>
/// <param name="Recipients">The 主送机关 without its colon.</param>
/// <param name="WrapperNames">The 《》 names a wrapper title issues.</param>
/// <param name="Metadata">The web page's metadata block, if the text starts with one.</param>
internal sealed record HeaderBlock(
    int BodyStart,
    string Title,
    SourceSpan? TitleSpan,
    IReadOnlyList<string> Issuers,
    DocumentNumber? Number,
    SourceSpan? NumberSpan,
    DocumentDate? Date,
    string? Recipients,
    IReadOnlyList<string> WrapperNames,
    SourceMetadata? Metadata);
