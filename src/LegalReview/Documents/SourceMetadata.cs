namespace LegalReview.Documents;

/// <summary>
/// The metadata block a government web page prints above a reposted document (索引号, 主题分类, 发文机关, 成文日期,
/// 发布日期, 文号). It is read as metadata, never as body text: its lines are kept out of the provision tree.
/// </summary>
public sealed class SourceMetadata
{
    internal SourceMetadata(IReadOnlyList<KeyValuePair<string, string>> fields, SourceSpan span)
    {
        Fields = fields;
        Span = span;
    }

    /// <summary>Every field in the order written, label (without colon) to value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    /// <summary>Where the block stands in <see cref="NormativeDocument.Text"/>.</summary>
    public SourceSpan Span { get; }

    /// <summary>The value of a field ("索引号", "发文机关" …), or null when the block has none.</summary>
    /// <param name="label">The field label without colon.</param>
    /// <returns>The value.</returns>
    public string? this[string label] => Fields.FirstOrDefault(f => f.Key == label).Value;

    /// <summary>The 发文机关 field.</summary>
    public string? Issuer => this["发文机关"];

    /// <summary>The 文号 as the block gives it (field 文号 or 发文字号), parsed; null when absent or unreadable.</summary>
    public DocumentNumber? DocumentNumber =>
        (this["文号"] ?? this["发文字号"]) is { } raw && Documents.DocumentNumber.TryFind(raw, out var n, out _) ? n : null;

    /// <summary>The 成文日期 field, parsed.</summary>
    public DocumentDate? IssueDate => this["成文日期"] is { } raw
        ? DocumentDate.TryFind(raw, out var d, out _, out _) ? d : DocumentDate.TryParseGarbled(raw, out var g, out _) ? g : null
        : null;

    /// <summary>The 发布日期 field, parsed.</summary>
    public DocumentDate? PublishDate => this["发布日期"] is { } raw && DocumentDate.TryFind(raw, out var d, out _, out _) ? d : null;
}
