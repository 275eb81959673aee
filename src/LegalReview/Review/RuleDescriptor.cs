using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace LegalReview.Review;

/// <summary>The metadata of a rule, read once from its attributes; one instance per rule class.</summary>
public sealed partial class RuleDescriptor
{
    private static readonly ConcurrentDictionary<Type, RuleDescriptor> Cache = new();

    private RuleDescriptor()
    {
    }

    /// <summary>The rule id, "LRnnnn".</summary>
    public string Id { get; private init; } = string.Empty;

    /// <summary>The category.</summary>
    public RuleCategory Category { get; private init; }

    /// <summary>The default severity.</summary>
    public FindingSeverity DefaultSeverity { get; private init; }

    /// <summary>The Chinese title.</summary>
    public string Title { get; private init; } = string.Empty;

    /// <summary>What the rule checks, in Chinese.</summary>
    public string Description { get; private init; } = string.Empty;

    /// <summary>The generic suggestion.</summary>
    public string Suggestion { get; private init; } = string.Empty;

    /// <summary>The legal bases.</summary>
    public IReadOnlyList<string> LegalBases { get; private init; } = [];

    /// <summary>An offending example.</summary>
    public string OffendingExample { get; private init; } = string.Empty;

    /// <summary>A compliant example.</summary>
    public string CompliantExample { get; private init; } = string.Empty;

    /// <summary>Where the examples stand in a document.</summary>
    public ExamplePlacement ExamplePlacement { get; private init; }

    /// <summary>The rule's class.</summary>
    public Type RuleType { get; private init; } = typeof(ReviewRule);

    /// <summary>Whether an id has the form "LR" + four digits.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it is well formed.</returns>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Reads the descriptor of a rule type.</summary>
    /// <param name="ruleType">A type derived from <see cref="ReviewRule"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="InvalidOperationException">The type has no <see cref="ReviewRuleAttribute"/>, or its id is malformed.</exception>
    public static RuleDescriptor For(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        return Cache.GetOrAdd(ruleType, static t =>
        {
            var a = t.GetCustomAttribute<ReviewRuleAttribute>()
                ?? throw new InvalidOperationException($"规则类 {t.FullName} 缺少 [ReviewRule] 元数据。");
            if (!IsValidId(a.Id))
            {
                throw new InvalidOperationException($"规则类 {t.FullName} 的编号“{a.Id}”格式不正确，应为 LR 加四位数字。");
            }

            return new RuleDescriptor
            {
                Id = a.Id,
                Category = a.Category,
                DefaultSeverity = a.DefaultSeverity,
                Title = a.Title,
                Description = a.Description,
                Suggestion = a.Suggestion,
                OffendingExample = a.OffendingExample,
                CompliantExample = a.CompliantExample,
                ExamplePlacement = a.ExamplePlacement,
                LegalBases = t.GetCustomAttributes<LegalBasisAttribute>().Select(b => b.Citation).ToArray(),
                RuleType = t,
            };
        });
    }

    [GeneratedRegex(@"^LR[0-9]{4}$")]
    private static partial Regex IdPattern();
}
