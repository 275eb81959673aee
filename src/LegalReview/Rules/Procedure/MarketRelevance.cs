using LegalReview.Documents;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// Decides from the wording whether a document is closely tied to market players: such texts need a 30-day public
/// consultation that hears market players (优化营商环境条例 第六十二条) and a fair-competition review
/// (公平竞争审查条例 第二条). The words found are returned so that a finding can say why it applied.
/// </summary>
internal static class MarketRelevance
{
    // Ordered from the most to the least telling, so that a message quoting the first few is persuasive.
    private static readonly string[] Signals =
    [
        "市场主体", "经营者", "企业", "个体工商户", "招标", "投标", "采购", "准入", "补贴", "补助", "奖励", "收费",
        "价格", "特许经营", "行业协会", "商会", "市场监管",
    ];

    /// <summary>The market-related words the document uses, most telling first; empty when none.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The words found.</returns>
    public static IReadOnlyList<string> SignalsIn(NormativeDocument document)
    {
        var text = document.NormalizedText;
        return Signals.Where(s => text.Contains(s, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Whether the document is closely tied to market players.</summary>
    /// <param name="document">The document.</param>
    /// <returns>True when it uses any market-related word.</returns>
    public static bool IsMarketRelated(NormativeDocument document) => SignalsIn(document).Count > 0;

    /// <summary>The reason in Chinese, e.g. "文件涉及市场主体（正文使用了“企业”“补贴”等用语）".</summary>
    /// <param name="document">The document.</param>
    /// <returns>The reason, or an empty string when the document is not market-related.</returns>
    public static string Reason(NormativeDocument document)
    {
        var found = SignalsIn(document);
        return found.Count == 0
            ? string.Empty
            : $"文件内容与市场主体经济活动密切相关（文中使用了{string.Join(string.Empty, found.Take(3).Select(w => $"“{w}”"))}{(found.Count > 3 ? "等" : string.Empty)}用语）";
    }
}
