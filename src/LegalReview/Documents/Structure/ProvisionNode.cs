namespace LegalReview.Documents.Structure;

/// <summary>
/// A provision while the tree is being built: the tree step adds children and the label step settles the number of a
/// 段. <see cref="ProvisionLabels.Freeze"/> turns the finished drafts into immutable <see cref="Provision"/>s.
/// </summary>
internal sealed class ProvisionNode(ProvisionKind kind, int? number, string numberText, string text, SourceSpan span, int textOffset)
{
    private readonly List<ProvisionNode> _children = [];

    public ProvisionKind Kind { get; } = kind;

    public int? Number { get; set; } = number;

    public string NumberText { get; } = numberText;

    public string Text { get; } = text;

    public SourceSpan Span { get; } = span;

    public int TextOffset { get; } = textOffset;

    public ProvisionNode? Parent { get; private set; }

    public IReadOnlyList<ProvisionNode> Children => _children;

    public void Add(ProvisionNode child)
    {
        child.Parent = this;
        _children.Add(child);
    }

    /// <summary>From the start of this node's paragraph to the end of its last descendant's.</summary>
    public SourceSpan FullSpan()
    {
        var end = Span.End;
        foreach (var c in _children)
        {
            end = Math.Max(end, c.FullSpan().End);
        }

        return new SourceSpan(Span.Offset, end - Span.Offset, Span.ParagraphIndex);
    }
}
