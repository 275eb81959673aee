namespace LegalReview.Documents;

/// <summary>What a node of the provision tree is.</summary>
public enum ProvisionKind
{
    /// <summary>章.</summary>
    Chapter,

    /// <summary>节.</summary>
    Section,

    /// <summary>条.</summary>
    Article,

    /// <summary>款: an unnumbered paragraph of an article.</summary>
    Clause,

    /// <summary>项: "（一）".</summary>
    Item,

    /// <summary>目: "1.".</summary>
    SubItem,

    /// <summary>Level-one heading of a 意见/通知-style text: "一、".</summary>
    Heading1,

    /// <summary>Level-two heading: "（一）".</summary>
    Heading2,

    /// <summary>Level-three heading: "1.".</summary>
    Heading3,

    /// <summary>Level-four heading: "（1）".</summary>
    Heading4,

    /// <summary>An ordinary paragraph that is not numbered (preamble, 意见 text under a heading).</summary>
    Paragraph,
}
