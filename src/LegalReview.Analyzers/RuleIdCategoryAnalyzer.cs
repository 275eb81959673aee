using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers;

/// <summary>
/// LRA0009: the thousands digit of a rule id names the rule's family, as <c>RuleCategories.IdRangeOf</c> does:
/// Authority → 1, Power → 1 or 2, License/Penalty/Coercion/Fee/Rights → 2, Competition → 3, Procedure → 4,
/// Form → 5, Citation → 6. Ids from LR9000 on are free for custom rules of any category.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleIdCategoryAnalyzer : DiagnosticAnalyzer
{
    private const int CategoryArgument = 1;

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.RuleIdOutsideCategoryRange,
        "规则编号与规则类别不符",
        "规则编号“{0}”不属于类别 {1} 的编号段（{2}）：请改用该编号段内的编号，自定义规则可使用 LR9000 至 LR9999",
        DiagnosticCategories.Metadata,
        DiagnosticSeverity.Warning,
        "编号的千位表示规则族（1 制定主体与权限、2 内容合法性、3 公平竞争、4 程序、5 格式、6 引用依据），按类别统计和配置时依赖这一对应关系。");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ReviewRuleSymbols.TryCreate(start.Compilation) is not { RuleCategory: { } categoryType } symbols)
            {
                return;
            }

            start.RegisterSymbolAction(
                c =>
                {
                    var type = (INamedTypeSymbol)c.Symbol;
                    if (symbols.GetReviewRuleAttribute(type) is not { } attribute
                        || attribute.ConstructorArguments.Length <= CategoryArgument
                        || !RuleIdFormat.TryParse(ReviewRuleSymbols.GetId(attribute), out var number)
                        || number >= RuleIdFormat.FirstCustomNumber)
                    {
                        return;
                    }

                    var category = CategoryName(categoryType, attribute.ConstructorArguments[CategoryArgument].Value);
                    var allowed = AllowedThousands(category);
                    if (category is null || allowed.IsEmpty || allowed.Contains(number / 1000))
                    {
                        return;
                    }

                    var range = string.Join("、", allowed.Select(d => $"LR{d}xxx"));
                    c.ReportDiagnostic(Diagnostic.Create(Rule, ReviewRuleSymbols.ArgumentLocation(attribute, 0, type.Locations[0]), ReviewRuleSymbols.GetId(attribute), category, range));
                },
                SymbolKind.NamedType);
        });
    }

    /// <summary>Mirrors <c>RuleCategories.IdRangeOf</c>, which the analyzer cannot call: it runs inside the compiler.</summary>
    /// <param name="category">The category's member name.</param>
    /// <returns>The allowed thousands digits.</returns>
    internal static ImmutableArray<int> AllowedThousands(string? category) => category switch
    {
        "Authority" => ImmutableArray.Create(1),
        "Power" => ImmutableArray.Create(1, 2),
        "License" or "Penalty" or "Coercion" or "Fee" or "Rights" => ImmutableArray.Create(2),
        "Competition" => ImmutableArray.Create(3),
        "Procedure" => ImmutableArray.Create(4),
        "Form" => ImmutableArray.Create(5),
        "Citation" => ImmutableArray.Create(6),
        _ => ImmutableArray<int>.Empty,
    };

    private static string? CategoryName(INamedTypeSymbol categoryType, object? value)
    {
        foreach (var member in categoryType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
            {
                return field.Name;
            }
        }

        return null;
    }
}
