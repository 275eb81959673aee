namespace LegalReview.Documents;

/// <summary>What a part of the document is.</summary>
public enum DocumentSectionKind
{
    /// <summary>The document itself (a 办法, 意见 or 通告 issued directly).</summary>
    Main,

    /// <summary>The wrapper notice of a "关于印发《…》的通知".</summary>
    Notice,

    /// <summary>A text attached to the document (the 办法 a notice issues, or another 附件).</summary>
    Attachment,
}

/// <summary>How the body of a part is organised.</summary>
public enum BodyStyle
{
    /// <summary>条文式: 章、节、条、款、项、目.</summary>
    Articles,

    /// <summary>段落式: 一、（一）1.（1）headings and paragraphs, as in 意见 and 通知.</summary>
    Headings,

    /// <summary>Plain paragraphs without numbering (a short 通告 or notice).</summary>
    Paragraphs,
}

/// <summary>
/// One part of a document: the document itself, or for a wrapper notice (关于印发《…》的通知) the notice and the
/// attached measures as two parts.
/// </summary>
public sealed class DocumentSection
{
    private readonly Provision[] _all;

    /// <summary>Builds a part; its provisions are built by <paramref name="provisions"/>, which receives the part they belong to.</summary>
    internal DocumentSection(DocumentSectionKind kind, string title, SourceSpan? titleSpan, BodyStyle style, Func<DocumentSection, IReadOnlyList<Provision>> provisions, SourceSpan span)
    {
        Kind = kind;
        Title = title;
        TitleSpan = titleSpan;
        Style = style;
        Span = span;
        Provisions = provisions(this);
        _all = Provisions.SelectMany(p => p.DescendantsAndSelf()).ToArray();
    }

    /// <summary>What the part is.</summary>
    public DocumentSectionKind Kind { get; }

    /// <summary>The part's title (for an attached 办法, its own title line).</summary>
    public string Title { get; }

    /// <summary>Where the title stands.</summary>
    public SourceSpan? TitleSpan { get; }

    /// <summary>How the body is organised.</summary>
    public BodyStyle Style { get; }

    /// <summary>The top-level nodes of the part (chapters, or articles when there are no chapters, or headings).</summary>
    public IReadOnlyList<Provision> Provisions { get; }

    /// <summary>The span from the title to the end of the part.</summary>
    public SourceSpan Span { get; }

    /// <summary>All nodes of the part, in document order.</summary>
    public IEnumerable<Provision> AllProvisions => _all;


    /// <summary>The articles (条) of the part, in document order.</summary>
    public IEnumerable<Provision> Articles => AllProvisions.Where(p => p.Kind == ProvisionKind.Article);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Title}";
}
