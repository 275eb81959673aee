namespace LegalReview.Documents.Structure;

/// <summary>
/// The label step: gives every node the label a lawyer cites ("第三条第二款第（一）项", "第二部分第（三）项") from a table of
/// kinds, and freezes the drafts into immutable <see cref="Provision"/>s.
/// </summary>
internal static class ProvisionLabels
{
    /// <summary>How a kind is labelled: its own part, whether the parent's label is put before it, whether the path restarts.</summary>
    private sealed record LabelRule(Func<ProvisionNode, string> Own, bool PrefixParent, bool RestartsPath);

    private static readonly Dictionary<ProvisionKind, LabelRule> Rules = new()
    {
        [ProvisionKind.Chapter] = new(n => $"第{Cn(n.Number)}章", false, true),
        [ProvisionKind.Section] = new(n => $"第{Cn(n.Number)}节", true, false),
        // Articles number through the whole text, so they ignore the chapter label they are handed.
        [ProvisionKind.Article] = new(n => $"第{Cn(n.Number)}条", false, false),
        // A single 款 is not named: "第三条", not "第三条第一款".
        [ProvisionKind.Clause] = new(n => n.Parent!.Children.Count(c => c.Kind == ProvisionKind.Clause) == 1 ? string.Empty : $"第{Cn(n.Number)}款", true, false),
        [ProvisionKind.Item] = new(n => $"第（{Cn(n.Number)}）项", true, false),
        [ProvisionKind.SubItem] = new(n => $"第{n.Number}目", true, false),
        [ProvisionKind.Heading1] = new(n => $"第{Cn(n.Number)}部分", false, true),
        [ProvisionKind.Heading2] = new(n => $"第（{Cn(n.Number)}）项", true, false),
        [ProvisionKind.Heading3] = new(n => $"第{n.Number}点", true, false),
        [ProvisionKind.Heading4] = new(n => $"第（{n.Number}）点", true, false),
        [ProvisionKind.Paragraph] = new(n => $"第{Cn(n.Number)}段", true, false),
    };

    /// <summary>Numbers the 段, labels every node, and builds the immutable provisions of a part.</summary>
    public static IReadOnlyList<Provision> Freeze(IReadOnlyList<ProvisionNode> roots, DocumentSection section, string normalizedText)
    {
        NumberParagraphs(roots);
        return roots.Select(r => FreezeNode(r, null, string.Empty, string.Empty, section, normalizedText)).ToArray();
    }

    private static Provision FreezeNode(ProvisionNode node, Provision? parent, string parentLabel, string parentPath, DocumentSection section, string normalizedText)
    {
        var rule = Rules[node.Kind];
        var own = rule.Own(node);
        var label = rule.PrefixParent ? parentLabel + own : own;
        var path = rule.RestartsPath ? own : Join(parentPath, own);
        var normalized = normalizedText.AsSpan(node.TextOffset, node.Text.Length);
        return new Provision(
            node.Kind, node.Number, node.NumberText, node.Text, node.Span, node.TextOffset, node.FullSpan(), label, path, parent, section,
            normalized.SequenceEqual(node.Text) ? node.Text : normalized.ToString(),
            self => node.Children.Select(c => FreezeNode(c, self, label, path, section, normalizedText)).ToArray());
    }

    // Top-level 段 count through the part; a 段 under a heading counts among its siblings, after the heading's own text.
    private static void NumberParagraphs(IReadOnlyList<ProvisionNode> roots)
    {
        var top = 0;
        foreach (var r in roots)
        {
            if (r.Kind == ProvisionKind.Paragraph)
            {
                r.Number = ++top;
            }

            NumberChildren(r);
        }
    }

    private static void NumberChildren(ProvisionNode node)
    {
        var headingHasText = node.Kind is >= ProvisionKind.Heading1 and <= ProvisionKind.Heading4 && node.Text.Length > 0;
        var n = headingHasText ? 1 : 0;
        foreach (var c in node.Children)
        {
            if (c.Kind == ProvisionKind.Paragraph)
            {
                c.Number = ++n;
            }

            NumberChildren(c);
        }
    }

    private static string Cn(int? n) => n is { } v ? ChineseNumerals.ToCounting(v) : "？";

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;
}
