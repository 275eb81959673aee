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

    /// <summary>函 / 复函.</summary>
    Letter,

    /// <summary>批复.</summary>
    Approval,

    /// <summary>通报.</summary>
    Bulletin,

    /// <summary>答复 (to a deputy's suggestion or a proposal).</summary>
    Answer,

    /// <summary>指引.</summary>
    Guide,

    /// <summary>令 (an order promulgating a regulation).</summary>
    Order,

    /// <summary>报告 / 请示 (a report or request, usually forwarded by a 转发 notice).</summary>
    Report,
}

/// <summary>The 文种 of a document, whether it is 暂行/试行, and the name word found.</summary>
/// <param name="Name">The kind.</param>
/// <param name="Word">The word the title ends with ("办法", "实施意见"), or empty.</param>
/// <param name="IsProvisional">The title says 暂行 or 试行, which shortens the validity cap.</param>
internal sealed record DocumentKind(DocumentKindName Name, string Word, bool IsProvisional);

/// <summary>Reads the 文种 from a title.</summary>
internal static partial class DocumentKinds
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
        ("应急预案", DocumentKindName.Plan),
        ("预案", DocumentKindName.Plan),
        ("复函", DocumentKindName.Letter),
        ("函", DocumentKindName.Letter),
        ("批复", DocumentKindName.Approval),
        ("通报", DocumentKindName.Bulletin),
        ("答复", DocumentKindName.Answer),
        ("指引", DocumentKindName.Guide),
        ("报告", DocumentKindName.Report),
        ("请示", DocumentKindName.Report),
        ("令", DocumentKindName.Order),
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
        // 暂行/试行 inside 《》 belongs to the document a notice issues, not to the notice.
        var own = QuotedName().Replace(t, string.Empty);
        var provisional = own.Contains("暂行", StringComparison.Ordinal) || own.Contains("试行", StringComparison.Ordinal);
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

    [System.Text.RegularExpressions.GeneratedRegex(@"《[^《》]*》")]
    private static partial System.Text.RegularExpressions.Regex QuotedName();
}
