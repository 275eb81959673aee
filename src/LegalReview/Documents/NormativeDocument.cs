namespace LegalReview.Documents;

/// <summary>
/// A normative document (行政规范性文件) as a lawyer reads it: title, issuer, 文号, 成文日期, and the provision tree of
/// each part with exact source locations. Rules walk this model without knowing anything about Word. Read-only: the
/// reader builds it (<see cref="Reading.DocumentReader"/>) and a <see cref="Review.ReviewResult"/> carries it.
/// </summary>
/// <remarks>
/// The whole text is <see cref="Text"/>: every logical paragraph, joined with a line feed. Every location in the
/// model is a <see cref="SourceSpan"/> into that text, and <see cref="NormalizedText"/> has the same offsets.
/// Instances are immutable once built and safe to share between threads.
/// </remarks>
public sealed class NormativeDocument
{
    private readonly Provision[] _allProvisions;
    private readonly int[] _paragraphOffsets;
    private readonly ProvisionIndex _provisionIndex;

    internal NormativeDocument(DocumentBuildResult b)
    {
        SourceName = b.SourceName;
        Format = b.Format;
        Text = b.Text;
        NormalizedText = TextNormalizer.Normalize(b.Text);
        Paragraphs = b.Paragraphs;
        Title = b.Title;
        TitleSpan = b.TitleSpan;
        Issuers = b.Issuers;
        DocumentNumber = b.DocumentNumber;
        DocumentNumberSpan = b.DocumentNumberSpan;
        Recipients = b.Recipients;
        IssueDate = b.IssueDate;
        EffectiveDate = b.EffectiveDate;
        Validity = b.Validity;
        RepealClause = b.RepealClause;
        Attachments = b.Attachments;
        Sections = b.Sections;
        Tables = b.Tables;
        Citations = b.Citations;
        Notes = b.Notes;
        Comments = b.Comments;
        Properties = b.Properties;
        _allProvisions = Sections.SelectMany(s => s.AllProvisions).ToArray();
        _paragraphOffsets = Paragraphs.Select(p => p.Offset).ToArray();
        _provisionIndex = new ProvisionIndex(_allProvisions);
        Body = Sections.FirstOrDefault(s => s.Kind == DocumentSectionKind.Attachment && s.Style == BodyStyle.Articles && b.IsWrapper)
            ?? Sections.FirstOrDefault(s => s.Kind == DocumentSectionKind.Attachment && b.IsWrapper)
            ?? Sections.FirstOrDefault(s => s.Kind == DocumentSectionKind.Main)
            ?? Sections.FirstOrDefault(s => s.Kind == DocumentSectionKind.Attachment)
            ?? Sections[0];
        Kind = DocumentKinds.FromTitle(Body.Kind == DocumentSectionKind.Attachment ? Body.Title : Title);
        IsWrapper = b.IsWrapper;
        IsExcerpt = b.IsExcerpt;
        GarbledIssueDate = b.GarbledIssueDate;
        SourceMetadata = b.SourceMetadata;
    }

    /// <summary>The file name or other name the document was read from.</summary>
    public string SourceName { get; }

    /// <summary>The source format.</summary>
    public SourceFormat Format { get; }

    /// <summary>The document text: all logical paragraphs joined with '\n'.</summary>
    public string Text { get; }

    /// <summary>
    /// <see cref="Text"/> with full-width and half-width forms folded (see <see cref="TextNormalizer"/>); same length and offsets.
    /// </summary>
    public string NormalizedText { get; }

    /// <summary>The logical paragraphs in document order.</summary>
    public IReadOnlyList<DocumentParagraph> Paragraphs { get; }

    /// <summary>The document title (for a wrapper notice, the notice's title).</summary>
    public string Title { get; }

    /// <summary>Where the title stands.</summary>
    public SourceSpan? TitleSpan { get; }

    /// <summary>The issuing bodies (from the 版头, the title or the 落款).</summary>
    public IReadOnlyList<string> Issuers { get; }

    /// <summary>The 文号, when the document carries one.</summary>
    public DocumentNumber? DocumentNumber { get; }

    /// <summary>Where the 文号 stands.</summary>
    public SourceSpan? DocumentNumberSpan { get; }

    /// <summary>The 主送机关 line without its closing colon.</summary>
    public string? Recipients { get; }

    /// <summary>The 成文日期.</summary>
    public DocumentDate? IssueDate { get; }

    /// <summary>The 施行 clause, if any.</summary>
    internal EffectiveDateClause? EffectiveDate { get; }

    /// <summary>The 有效期 clause, if any.</summary>
    internal ValidityClause? Validity { get; }

    /// <summary>The clause that repeals an earlier document ("原《…》同时废止"), if any.</summary>
    internal SourceSpan? RepealClause { get; }

    /// <summary>The attachments named in the 附件说明.</summary>
    internal IReadOnlyList<Attachment> Attachments { get; }

    /// <summary>The parts of the document: one, or the notice and the attached texts.</summary>
    public IReadOnlyList<DocumentSection> Sections { get; }

    /// <summary>
    /// The part that carries the normative provisions: the attached 办法 of a wrapper notice, otherwise the document itself.
    /// </summary>
    public DocumentSection Body { get; }

    /// <summary>Whether the document is a wrapper notice (关于印发/转发《…》的通知).</summary>
    public bool IsWrapper { get; }

    /// <summary>Whether the document's stated 有效期 ended before <paramref name="asOf"/>; null when it states none.</summary>
    /// <param name="asOf">The day to judge on.</param>
    /// <returns>True when expired, false when in force on that day, null when no end can be read.</returns>
    public bool? IsExpired(DateOnly asOf) => Validity?.IsExpired(EffectiveDate?.Resolve(IssueDate?.Value), asOf);

    /// <summary>A 成文日期 whose digits a repost ran together ("2021315"), if the 落款 has one.</summary>
    internal GarbledDate? GarbledIssueDate { get; }

    /// <summary>Whether the 附件说明 names an attachment whose text is not in the document (a repost that left it out).</summary>
    internal bool HasMissingAttachments => Attachments.Any(a => a.Content is null);

    /// <summary>Whether the text says it was shortened ("（本文有删减）"): provisions may be missing.</summary>
    public bool IsExcerpt { get; }

    /// <summary>
    /// The web page's metadata block (索引号, 主题分类, 发文机关, 成文日期, 发布日期, 文号) the text started with, or null.
    /// Its lines are not part of any provision; its 文号 and 成文日期 are used when the text itself gives none.
    /// </summary>
    public SourceMetadata? SourceMetadata { get; }

    /// <summary>The issuers' names as one line, for display and for profile building.</summary>
    internal string IssuerLine => string.Join("、", Issuers);

    /// <summary>The 文种 of the normative text (办法, 规定, 意见 …), from its title.</summary>
    internal DocumentKind Kind { get; }

    /// <summary>The tables, in document order.</summary>
    internal IReadOnlyList<DocumentTable> Tables { get; }

    /// <summary>Citations of laws and documents (《…》第X条), in document order.</summary>
    internal IReadOnlyList<LawCitation> Citations { get; }

    /// <summary>Footnote and endnote texts (kept out of the provision tree).</summary>
    internal IReadOnlyList<string> Notes { get; }

    /// <summary>Word comments in the draft, anchored to logical paragraphs (inline suppressions are read from them).</summary>
    internal IReadOnlyList<DocumentComment> Comments { get; }

    /// <summary>Facts about the source file.</summary>
    internal DocumentProperties Properties { get; }

    /// <summary>The articles (条) of <see cref="Body"/>.</summary>
    public IReadOnlyList<Provision> Articles => Body.Articles.ToArray();

    /// <summary>Every node of every part, in document order.</summary>
    public IReadOnlyList<Provision> AllProvisions => _allProvisions;

    /// <summary>The text at a span.</summary>
    /// <param name="span">A span of this document.</param>
    /// <returns>The text.</returns>
    public string GetText(SourceSpan span) => Text.Substring(span.Offset, span.Length);

    /// <summary>Makes a span from an offset and length, finding its paragraph.</summary>
    /// <param name="offset">Offset in <see cref="Text"/>.</param>
    /// <param name="length">Length.</param>
    /// <returns>The span.</returns>
    public SourceSpan SpanAt(int offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Text.Length);
        var i = Array.BinarySearch(_paragraphOffsets, offset);
        if (i < 0)
        {
            i = Math.Max(0, ~i - 1);
        }

        return new SourceSpan(offset, length, i);
    }

    /// <summary>The lawyer's label of an offset (<see cref="LabelAt"/>) and its path label, with one provision lookup.</summary>
    internal (string Label, string PathLabel) LabelsAt(int offset)
    {
        var p = ProvisionAt(offset);
        var label = p is not null ? Prefix(p.Section) + p.Label : LabelAt(offset);
        return (label, p?.PathLabel ?? label);
    }

    /// <summary>The innermost provision whose own paragraph contains the offset (or whose subtree does).</summary>
    /// <param name="offset">An offset in <see cref="Text"/>.</param>
    /// <returns>The provision, or null for text outside the provision tree (title, 版头, 落款).</returns>
    public Provision? ProvisionAt(int offset) => _provisionIndex.At(offset);

    /// <summary>The lawyer's label for the place of an offset: the provision label, or a description such as "标题" or "文号".</summary>
    /// <param name="offset">An offset in <see cref="Text"/>.</param>
    /// <returns>The label.</returns>
    public string LabelAt(int offset)
    {
        var p = ProvisionAt(offset);
        if (p is not null)
        {
            return Prefix(p.Section) + p.Label;
        }

        if (TitleSpan is { } t && t.Contains(offset))
        {
            return "标题";
        }

        if (DocumentNumberSpan is { } n && n.Contains(offset))
        {
            return "文号";
        }

        foreach (var s in Sections)
        {
            if (s.TitleSpan is { } st && st.Contains(offset))
            {
                return s.Kind == DocumentSectionKind.Attachment ? $"附件《{s.Title}》标题" : "标题";
            }
        }

        if (IssueDate?.Span is { } d && d.Contains(offset))
        {
            return "成文日期";
        }

        return "正文";
    }

    private string Prefix(DocumentSection s) =>
        s.Kind == DocumentSectionKind.Notice ? "通知正文" : s.Kind == DocumentSectionKind.Attachment && s != Body ? $"附件《{s.Title}》" : string.Empty;

    /// <inheritdoc />
    public override string ToString() => Title;
}
