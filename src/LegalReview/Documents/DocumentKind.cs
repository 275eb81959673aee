namespace LegalReview.Documents;

/// <summary>The 文种 (or the name of the normative text) as read from a title.</summary>
internal enum DocumentKindName
{
    /// <summary>Unknown or missing.</summary>
    Unknown,

    /// <summary>办法.</summary>
    Measures,

    /// <summary>规定.</summary>
    Provisions,

    /// <summary>细则 / 实施细则.</summary>
    DetailedRules,

    /// <summary>规则.</summary>
    Rules,

    /// <summary>意见 / 实施意见.</summary>
    Opinions,

    /// <summary>通知.</summary>
    Notice,

    /// <summary>通告.</summary>
    Announcement,

    /// <summary>公告.</summary>
    PublicNotice,

    /// <summary>决定.</summary>
    Decision,

    /// <summary>方案 / 实施方案.</summary>
    Plan,

    /// <summary>A reserved name a 规范性文件 may not use: 条例, 法, 规章.</summary>
    Reserved,
}

/// <summary>The 文种 of a document, whether it is 暂行/试行, and the name word found.</summary>
/// <param name="Name">The kind.</param>
/// <param name="Word">The word the title ends with ("办法", "实施意见"), or empty.</param>
/// <param name="IsProvisional">The title says 暂行 or 试行, which shortens the validity cap.</param>
internal sealed record DocumentKind(DocumentKindName Name, string Word, bool IsProvisional);

/// <summary>Reads the 文种 from a title.</summary>
internal static class DocumentKinds
{
    private static readonly (string Word, DocumentKindName Name)[] Endings =
    [
        ("实施细则", DocumentKindName.DetailedRules),
        ("实施办法", DocumentKindName.Measures),
        ("实施意见", DocumentKindName.Opinions),
        ("指导意见", DocumentKindName.Opinions),
        ("实施方案", DocumentKindName.Plan),
        ("暂行条例", DocumentKindName.Reserved),
        ("细则", DocumentKindName.DetailedRules),
        ("办法", DocumentKindName.Measures),
        ("规定", DocumentKindName.Provisions),
        ("规则", DocumentKindName.Rules),
        ("意见", DocumentKindName.Opinions),
        ("通知", DocumentKindName.Notice),
        ("通告", DocumentKindName.Announcement),
        ("公告", DocumentKindName.PublicNotice),
        ("决定", DocumentKindName.Decision),
        ("方案", DocumentKindName.Plan),
        ("条例", DocumentKindName.Reserved),
        ("规章", DocumentKindName.Reserved),
        ("法", DocumentKindName.Reserved),
    ];

    /// <summary>Reads the kind from a title such as "晋江市公共资源交易管理暂行办法（试行）".</summary>
    /// <param name="title">The title.</param>
    /// <returns>The kind.</returns>
    public static DocumentKind FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return new DocumentKind(DocumentKindName.Unknown, string.Empty, false);
        }

        var t = title.Trim().TrimEnd('。', '.', ' ');
        var provisional = t.Contains("暂行", StringComparison.Ordinal) || t.Contains("试行", StringComparison.Ordinal);
        // Drop trailing parenthesised remarks: （试行）、（征求意见稿）、（送审稿）.
        while (t.EndsWith('）') || t.EndsWith(')'))
        {
            var open = Math.Max(t.LastIndexOf('（'), t.LastIndexOf('('));
            if (open <= 0)
            {
                break;
            }

            t = t[..open].TrimEnd();
        }

        foreach (var (word, name) in Endings)
        {
            if (t.EndsWith(word, StringComparison.Ordinal))
            {
                return new DocumentKind(name, word, provisional);
            }
        }

        return new DocumentKind(DocumentKindName.Unknown, string.Empty, provisional);
    }
}
