namespace LegalReview.Review;

/// <summary>
/// What a rule (and its findings) is about. The content categories match the classifier's labels
/// (<c>license</c>, <c>penalty</c>, <c>coercion</c>, <c>fee</c>, <c>rights</c>, <c>power</c>, <c>competition</c>).
/// Each category belongs to a family of rule ids: see <see cref="RuleCategories.IdRangeOf"/>.
/// </summary>
public enum RuleCategory
{
    /// <summary>Issuer and authority (制定主体与权限), LR1xxx.</summary>
    Authority,

    /// <summary>Creates an administrative permit or a disguised one (行政许可), LR2xxx.</summary>
    License,

    /// <summary>Creates an administrative penalty (行政处罚), LR2xxx.</summary>
    Penalty,

    /// <summary>Creates coercive measures or enforcement (行政强制), LR2xxx.</summary>
    Coercion,

    /// <summary>Creates fees, funds, deposits or takings (收费、征收), LR2xxx.</summary>
    Fee,

    /// <summary>Restricts rights or adds obligations without basis (减损权利、增加义务), LR2xxx.</summary>
    Rights,

    /// <summary>Expands the issuer's powers or sheds duties (扩权减责), LR1xxx or LR2xxx.</summary>
    Power,

    /// <summary>Fair-competition review standards (公平竞争审查), LR3xxx.</summary>
    Competition,

    /// <summary>Procedure, lifecycle and filing (程序), LR4xxx.</summary>
    Procedure,

    /// <summary>Form and drafting (文号、标题、结构、用语), LR5xxx.</summary>
    Form,

    /// <summary>Currency of cited laws (引用法律的现行有效性), LR6xxx.</summary>
    Citation,
}

/// <summary>Helpers for <see cref="RuleCategory"/>.</summary>
public static class RuleCategories
{
    /// <summary>The lower-case name used in JSON, SARIF and configuration ("license", "form" …).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name.</returns>
    public static string ToName(this RuleCategory category) => category.ToString().ToLowerInvariant();

    /// <summary>Parses a category name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="category">The category.</param>
    /// <returns>Whether the name is a category.</returns>
    public static bool TryParse(string name, out RuleCategory category) => Enum.TryParse(name, true, out category) && Enum.IsDefined(category);

    /// <summary>The thousands of rule ids a category may use: LR1xxx → 1, LR2xxx → 2 …</summary>
    /// <param name="category">The category.</param>
    /// <returns>The allowed leading digits of the rule number.</returns>
    public static IReadOnlyList<int> IdRangeOf(RuleCategory category) => category switch
    {
        RuleCategory.Authority => [1],
        RuleCategory.Power => [1, 2],
        RuleCategory.License or RuleCategory.Penalty or RuleCategory.Coercion or RuleCategory.Fee or RuleCategory.Rights => [2],
        RuleCategory.Competition => [3],
        RuleCategory.Procedure => [4],
        RuleCategory.Form => [5],
        RuleCategory.Citation => [6],
        _ => [],
    };

    /// <summary>The Chinese name of a category, for reports.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name.</returns>
    public static string ChineseName(this RuleCategory category) => category switch
    {
        RuleCategory.Authority => "制定主体与权限",
        RuleCategory.License => "违法设定行政许可",
        RuleCategory.Penalty => "违法设定行政处罚",
        RuleCategory.Coercion => "违法设定行政强制",
        RuleCategory.Fee => "违法设定收费、征收",
        RuleCategory.Rights => "减损权利、增加义务",
        RuleCategory.Power => "扩权减责",
        RuleCategory.Competition => "妨碍公平竞争",
        RuleCategory.Procedure => "制定程序",
        RuleCategory.Form => "文本格式与起草规范",
        RuleCategory.Citation => "引用依据的有效性",
        _ => category.ToString(),
    };
}
