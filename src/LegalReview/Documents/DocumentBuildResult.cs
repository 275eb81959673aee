namespace LegalReview.Documents;

/// <summary>Everything the structure recogniser found, handed to the <see cref="NormativeDocument"/> constructor.</summary>
internal sealed class DocumentBuildResult
{
    public required string SourceName { get; init; }

    public required SourceFormat Format { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<DocumentParagraph> Paragraphs { get; init; }

    public string Title { get; set; } = string.Empty;

    public SourceSpan? TitleSpan { get; set; }

    public IReadOnlyList<string> Issuers { get; set; } = [];

    public DocumentNumber? DocumentNumber { get; set; }

    public SourceSpan? DocumentNumberSpan { get; set; }

    public string? Recipients { get; set; }

    public DocumentDate? IssueDate { get; set; }

    public EffectiveDateClause? EffectiveDate { get; set; }

    public ValidityClause? Validity { get; set; }

    public SourceSpan? RepealClause { get; set; }

    public IReadOnlyList<Attachment> Attachments { get; set; } = [];

    public IReadOnlyList<DocumentSection> Sections { get; set; } = [];

    public IReadOnlyList<DocumentTable> Tables { get; set; } = [];

    public IReadOnlyList<LawCitation> Citations { get; set; } = [];

    public IReadOnlyList<string> Notes { get; set; } = [];

    public IReadOnlyList<DocumentComment> Comments { get; set; } = [];

    public DocumentProperties Properties { get; set; } = new();

    public bool IsWrapper { get; set; }
}
