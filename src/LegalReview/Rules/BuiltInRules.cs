using System.Reflection;
using LegalReview.Review;

namespace LegalReview.Rules;

/// <summary>The built-in rule set: every sealed <see cref="ReviewRule"/> in this assembly that carries <see cref="ReviewRuleAttribute"/>.</summary>
internal static class BuiltInRules
{
    private static readonly Lazy<IReadOnlyList<ReviewRule>> AllRules = new(() =>
        typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ReviewRule).IsAssignableFrom(t) && t.GetCustomAttribute<ReviewRuleAttribute>() is not null)
            .Select(t => (ReviewRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToArray());

    /// <summary>One instance of every built-in rule, ordered by id.</summary>
    public static IReadOnlyList<ReviewRule> All => AllRules.Value;

    /// <summary>Finds a built-in rule by id.</summary>
    /// <param name="id">The id, e.g. "LR2001" (case-insensitive).</param>
    /// <returns>The rule, or null.</returns>
    public static ReviewRule? Find(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
