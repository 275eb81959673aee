using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace LegalReview.Review;

/// <summary>The metadata of a rule, read once from its attributes.</summary>
public sealed partial record RuleDescriptor
{
    private static readonly ConcurrentDictionary<Type, RuleDescriptor> Cache = new();

    /// <summary>The rule id, "LRnnnn".</summary>
    public required string Id { get; init; }

    /// <summary>The category.</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>The default severity.</summary>
    public required FindingSeverity DefaultSeverity { get; init; }

    /// <summary>The Chinese title.</summary>
    public required string Title { get; init; }

    /// <summary>What the rule checks, in Chinese.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The generic suggestion.</summary>
    public string Suggestion { get; init; } = string.Empty;

    /// <summary>The legal bases.</summary>
    public required IReadOnlyList<string> LegalBases { get; init; }

    /// <summary>An offending example.</summary>
    public string OffendingExample { get; init; } = string.Empty;

    /// <summary>A compliant example.</summary>
    public string CompliantExample { get; init; } = string.Empty;

    /// <summary>Where the examples stand in a document.</summary>
    public ExamplePlacement ExamplePlacement { get; init; }

    /// <summary>The rule's class.</summary>
    public required Type RuleType { get; init; }

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
