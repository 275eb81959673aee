namespace LegalReview.Review;

/// <summary>
/// The metadata of a review rule, declared on its class: the id (<c>LRnnnn</c>), category, default severity and the
/// Chinese title a lawyer reads. Together with <see cref="LegalBasisAttribute"/> it feeds findings, <c>legalreview rules</c>,
/// <c>legalreview explain</c>, SARIF and the documentation.
/// </summary>
/// <example>
/// <code>
/// [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "市政府文件应使用规范性文件编号系列",
///     Description = "……", Suggestion = "……")]
/// [LegalBasis("《福建省行政规范性文件备案审查办法》第十条")]
/// public sealed class MySeriesRule : DocumentRule { … }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ReviewRuleAttribute : Attribute
{
    /// <summary>Declares a rule.</summary>
    /// <param name="id">The id: "LR" and four digits, the first digit matching the category's family.</param>
    /// <param name="category">The category.</param>
    /// <param name="defaultSeverity">The severity unless configuration overrides it.</param>
    /// <param name="title">A short Chinese title.</param>
    public ReviewRuleAttribute(string id, RuleCategory category, FindingSeverity defaultSeverity, string title)
    {
        Id = id;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Title = title;
    }

    /// <summary>The rule id.</summary>
    public string Id { get; }

    /// <summary>The category.</summary>
    public RuleCategory Category { get; }

    /// <summary>The default severity.</summary>
    public FindingSeverity DefaultSeverity { get; }

    /// <summary>The Chinese title.</summary>
    public string Title { get; }

    /// <summary>What the rule checks and why, in Chinese.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>The generic suggestion for fixing a finding, in Chinese.</summary>
    public string Suggestion { get; set; } = string.Empty;

    /// <summary>A short offending example, for documentation and <c>legalreview explain</c>.</summary>
    public string OffendingExample { get; set; } = string.Empty;

    /// <summary>A similar compliant example.</summary>
    public string CompliantExample { get; set; } = string.Empty;

    /// <summary>Where the examples stand in a document, so that <c>legalreview explain</c> and the tests can run the rule on them.</summary>
    public ExamplePlacement ExamplePlacement { get; set; } = ExamplePlacement.Provision;
}

/// <summary>Where a rule's examples stand in a document.</summary>
public enum ExamplePlacement
{
    /// <summary>A provision's text (an article's clause); "第X条" may lead it. 文号 and date examples are recognised as such.</summary>
    Provision,

    /// <summary>The document title (which also names the issuer).</summary>
    Title,

    /// <summary>Several body paragraphs, one per line, under a title.</summary>
    Body,

    /// <summary>Lines after the body and before the 落款 (附件说明).</summary>
    Closing,

    /// <summary>A whole document, one paragraph per line.</summary>
    Document,

    /// <summary>The rule works on review metadata; its examples describe facts, not text.</summary>
    Metadata,
}

/// <summary>
/// A legal basis of a rule: a law name in 书名号 with an article ("《中华人民共和国行政许可法》第十七条"), or a 文号
/// ("国办发〔2018〕37号"). Repeat the attribute for several bases.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class LegalBasisAttribute : Attribute
{
    /// <summary>Declares a legal basis.</summary>
    /// <param name="citation">The citation.</param>
    public LegalBasisAttribute(string citation)
    {
        Citation = citation;
    }

    /// <summary>The citation.</summary>
    public string Citation { get; }

    /// <summary>Whether the basis was checked against the law's text (false: secondary source or analogue).</summary>
    public bool Verified { get; set; } = true;
}
