using System.Text;

namespace LegalReview.Documents;

/// <summary>
/// A node of the provision tree: a 章, 节, 条, 款, 项 or 目 of a 条文式 text, a numbered heading of a 意见/通知-style
/// text, or an ordinary paragraph. Each node knows its place in the source and the label a lawyer writes for it.
/// </summary>
public sealed class Provision
{
    private readonly IReadOnlyList<Provision> _children;

    /// <summary>Builds a provision with everything it will ever hold; its children are built by <paramref name="children"/>, which receives it as their parent.</summary>
    internal Provision(
        ProvisionKind kind, int? number, string numberText, string text, SourceSpan span, int textOffset, SourceSpan fullSpan,
        string label, string pathLabel, Provision? parent, DocumentSection section, string normalizedText, Func<Provision, IReadOnlyList<Provision>> children)
    {
        Kind = kind;
        Number = number;
        NumberText = numberText;
        Text = text;
        Span = span;
        TextOffset = textOffset;
        FullSpan = fullSpan;
        Label = label;
        PathLabel = pathLabel;
        Parent = parent;
        Section = section;
        NormalizedText = normalizedText;
        _children = children(this);
    }

    /// <summary>What kind of node this is.</summary>
    public ProvisionKind Kind { get; }

    /// <summary>The number (第十二条 → 12; 款 are counted from 1), when the node is numbered.</summary>
    public int? Number { get; }

    /// <summary>The number as written, e.g. "第十二条", "（三）", "1."; empty for 款 and paragraphs.</summary>
    public string NumberText { get; }

    /// <summary>
    /// The node's own text without its number: for a 章 its name ("总则"), for a 条 the text of its first 款,
    /// for a 款 or 项 its paragraph.
    /// </summary>
    public string Text { get; }

    /// <summary>The node's own paragraph (number included).</summary>
    public SourceSpan Span { get; }

    /// <summary>Offset of <see cref="Text"/> in the document text.</summary>
    public int TextOffset { get; }

    /// <summary>The span from the start of this node to the end of its last descendant.</summary>
    public SourceSpan FullSpan { get; }

    /// <summary>The enclosing node, or null at the top of a part.</summary>
    public Provision? Parent { get; }

    /// <summary>The part this node belongs to.</summary>
    public DocumentSection Section { get; }

    /// <summary>The child nodes, in document order.</summary>
    public IReadOnlyList<Provision> Children => _children;

    /// <summary>
    /// The label a lawyer writes in an opinion: "第十二条", "第十二条第二款", "第十二条第（三）项" (款 is omitted
    /// when the article has a single 款), "第二部分第（三）项" for headings.
    /// </summary>
    public string Label { get; }

    /// <summary>The label with the enclosing chapter and spaces between levels: "第三章 第十二条 第二款 第（三）项".</summary>
    public string PathLabel { get; }

    /// <summary>The article this node is or belongs to, if any.</summary>
    public Provision? Article
    {
        get
        {
            for (var p = this; p is not null; p = p.Parent)
            {
                if (p.Kind == ProvisionKind.Article)
                {
                    return p;
                }
            }

            return null;
        }
    }

    /// <summary>This node and all its descendants, in document order.</summary>
    /// <returns>The nodes.</returns>
    public IEnumerable<Provision> DescendantsAndSelf()
    {
        if (_children.Count == 0)
        {
            return [this];
        }

        var all = new List<Provision>();
        AddTo(all);
        return all;
    }

    /// <summary>The normalised text (see <see cref="TextNormalizer"/>), same offsets as <see cref="Text"/>; set when the document is built.</summary>
    internal string NormalizedText { get; }

    private void AddTo(List<Provision> all)
    {
        all.Add(this);
        foreach (var c in _children)
        {
            c.AddTo(all);
        }
    }

    /// <summary>The text of this node and all its descendants, one paragraph per line.</summary>
    /// <returns>The text.</returns>
    public string FullText()
    {
        var sb = new StringBuilder();
        foreach (var node in DescendantsAndSelf())
        {
            if (node.Kind is ProvisionKind.Chapter or ProvisionKind.Section)
            {
                continue;
            }

            if (node.Text.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(node.Text);
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{PathLabel} {Text}";

}
