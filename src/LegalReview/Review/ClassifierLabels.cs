namespace LegalReview.Review;

/// <summary>
/// The classifier's labels and the ids its findings carry. Classifier findings use the reserved range LR01xx, one id
/// per label, so a reviewer can configure or suppress them like rule findings:
/// LR0101 license, LR0102 penalty, LR0103 coercion, LR0104 fee, LR0105 rights, LR0106 power, LR0107 competition.
/// </summary>
public static class ClassifierLabels
{
    /// <summary>The label of a provision without a content problem.</summary>
    public const string Ok = "ok";

    private static readonly (RuleCategory Category, string RuleId, string Finding, string Title, string[] Bases)[] Table =
    [
        (RuleCategory.License, "LR0101", "设定行政许可或者变相许可", "分类器提示：可能违法设定行政许可",
            ["《中华人民共和国行政许可法》第十七条", "《优化营商环境条例》第三十九条"]),
        (RuleCategory.Penalty, "LR0102", "设定行政处罚", "分类器提示：可能违法设定行政处罚",
            ["《中华人民共和国行政处罚法》第十六条"]),
        (RuleCategory.Coercion, "LR0103", "设定行政强制措施或者行政强制执行", "分类器提示：可能违法设定行政强制",
            ["《中华人民共和国行政强制法》第十条第四款", "《中华人民共和国行政强制法》第十三条"]),
        (RuleCategory.Fee, "LR0104", "设定收费、基金、保证金、摊派或者征收征用", "分类器提示：可能违法设定收费或者征收",
            ["《优化营商环境条例》第二十五条", "《中华人民共和国立法法》第十一条"]),
        (RuleCategory.Rights, "LR0105", "减损公民、法人和其他组织的权利或者增加其义务", "分类器提示：可能减损权利、增加义务",
            ["《优化营商环境条例》第六十四条", "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）"]),
        (RuleCategory.Power, "LR0106", "扩大本机关权力或者减轻法定职责", "分类器提示：可能扩权减责",
            ["《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", "《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）"]),
        (RuleCategory.Competition, "LR0107", "含有排除、限制竞争的内容", "分类器提示：可能妨碍公平竞争",
            ["《公平竞争审查条例》第八条至第十一条"]),
    ];

    /// <summary>Every label the classifier may give, problem labels first, <see cref="Ok"/> last.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Category.ToName()), Ok];

    /// <summary>The ids of classifier findings, LR0101–LR0107.</summary>
    internal static IReadOnlyList<string> RuleIds { get; } = [.. Table.Select(t => t.RuleId)];

    /// <summary>The content category of a problem label.</summary>
    /// <param name="label">A label name.</param>
    /// <param name="category">The category.</param>
    /// <returns>False for <see cref="Ok"/> and unknown labels.</returns>
    public static bool TryGetCategory(string label, out RuleCategory category)
    {
        foreach (var t in Table)
        {
            if (string.Equals(t.Category.ToName(), label, StringComparison.OrdinalIgnoreCase))
            {
                category = t.Category;
                return true;
            }
        }

        category = default;
        return false;
    }

    /// <summary>The finding id of a category the classifier reports ("LR0102" for penalty).</summary>
    /// <param name="category">A content category.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not one of the classifier's.</exception>
    public static string RuleIdOf(RuleCategory category) => Entry(category).RuleId;

    /// <summary>The short title of a classifier finding.</summary>
    /// <param name="category">A content category.</param>
    /// <returns>The title, in Chinese.</returns>
    internal static string TitleOf(RuleCategory category) => Entry(category).Title;

    /// <summary>What the provision may do wrong, as it completes "本款可能……".</summary>
    /// <param name="category">A content category.</param>
    /// <returns>The phrase, in Chinese.</returns>
    internal static string ProblemOf(RuleCategory category) => Entry(category).Finding;

    /// <summary>The legal bases cited by a classifier finding.</summary>
    /// <param name="category">A content category.</param>
    /// <returns>The bases.</returns>
    internal static IReadOnlyList<string> LegalBasesOf(RuleCategory category) => Entry(category).Bases;

    private static (RuleCategory Category, string RuleId, string Finding, string Title, string[] Bases) Entry(RuleCategory category)
    {
        foreach (var t in Table)
        {
            if (t.Category == category)
            {
                return t;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(category), category, "The classifier has no label for this category.");
    }
}
