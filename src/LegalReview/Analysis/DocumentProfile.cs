namespace LegalReview.Analysis;

/// <summary>
/// What kind of document is under review, read once before any rule runs: who issued it and at which level, whether
/// it is a normative document within legality review, whether the text is complete, and what a web repost left in
/// it. Rules and their suggestions follow it: a State Council document is not told to name a county bureau.
/// </summary>
public sealed record DocumentProfile
{
    /// <summary>The issuer's level.</summary>
    public IssuerLevel IssuerLevel { get; init; }

    /// <summary>Whether the (first) issuer is a people's government or its general office rather than a department.</summary>
    public bool IsGovernment { get; init; }

    /// <summary>Whether two or more bodies issue the document jointly.</summary>
    public bool IsJoint { get; init; }

    /// <summary>The issuers as read from the document.</summary>
    public IReadOnlyList<string> Issuers { get; init; } = [];

    /// <summary>The 文种 word the title ends with ("办法", "通知", "工作规则"), or empty.</summary>
    public string KindWord { get; init; } = string.Empty;

    /// <summary>Whether the document is within legality review.</summary>
    public ReviewScope Scope { get; init; }

    /// <summary>Why the document is out of scope (the title word that says so), or empty.</summary>
    public string ScopeReason { get; init; } = string.Empty;

    /// <summary>Whether the text is complete.</summary>
    public TextCompleteness Completeness { get; init; }

    /// <summary>Whether the text carries a web page's metadata block (索引号、发布机构、主题分类 …).</summary>
    public bool HasRepostMetadata { get; init; }

    /// <summary>Half-width punctuation marks written between Chinese characters (a trace of a web repost when many).</summary>
    public int HalfWidthPunctuation { get; init; }

    /// <summary>Whether the document comes from the central level (党中央、国务院 or a ministry), whose own rules of drafting differ from a local draft's.</summary>
    public bool IsCentral => IssuerLevel is IssuerLevel.Central or IssuerLevel.Ministry;

    /// <summary>Whether procedure findings about a local draft (施行日期、有效期、征求意见 …) make sense for the text.</summary>
    public bool ProcedureApplies => Scope == ReviewScope.Normative && Completeness == TextCompleteness.Full && !IsCentral;
}
