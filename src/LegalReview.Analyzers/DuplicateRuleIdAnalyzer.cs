using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers;

/// <summary>
/// LRA0003 and LRA0004: a rule id identifies one rule. Two rules of one compilation may not share an id, and a
/// custom rule may not take the id of a rule built into the referenced LegalReview library.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateRuleIdAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Duplicated = RuleDescriptors.Create(
        RuleIdentifiers.RuleIdDuplicated,
        "规则编号重复",
        "规则编号“{0}”已由“{1}”使用：请为本规则另选一个未使用的编号",
        DiagnosticCategories.Metadata,
        DiagnosticSeverity.Warning,
        "编号相同的两条规则在配置、抑制和审查意见中无法区分，后加载的规则会覆盖前者的设置。",
        WellKnownDiagnosticTags.CompilationEnd);

    private static readonly DiagnosticDescriptor CollidesWithBuiltIn = RuleDescriptors.Create(
        RuleIdentifiers.RuleIdCollidesWithBuiltIn,
        "规则编号与内置规则冲突",
        "规则编号“{0}”已由内置规则“{1}”使用：自定义规则请使用 LR9000 至 LR9999 中未使用的编号",
        DiagnosticCategories.Metadata,
        DiagnosticSeverity.Warning,
        "内置规则的编号从所引用的 LegalReview 程序集中读取；与之重复的自定义规则会与内置规则混淆。");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Duplicated, CollidesWithBuiltIn);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ReviewRuleSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var builtIn = symbols.GetBuiltInRuleIds();
            var declared = new ConcurrentDictionary<string, ConcurrentBag<(INamedTypeSymbol Type, Location Location)>>(System.StringComparer.Ordinal);
            start.RegisterSymbolAction(
                c =>
                {
                    var type = (INamedTypeSymbol)c.Symbol;
                    if (symbols.GetReviewRuleAttribute(type) is not { } attribute || ReviewRuleSymbols.GetId(attribute) is not { Length: > 0 } id)
                    {
                        return;
                    }

                    var location = ReviewRuleSymbols.ArgumentLocation(attribute, 0, type.Locations[0]);
                    if (builtIn.TryGetValue(id, out var builtInType))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(CollidesWithBuiltIn, location, id, builtInType));
                    }

                    declared.GetOrAdd(id, _ => new ConcurrentBag<(INamedTypeSymbol, Location)>()).Add((type, location));
                },
                SymbolKind.NamedType);

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var pair in declared)
                {
                    var rules = pair.Value.OrderBy(r => r.Type.ToDisplayString(), System.StringComparer.Ordinal).ToArray();
                    if (rules.Length < 2)
                    {
                        continue;
                    }

                    foreach (var rule in rules)
                    {
                        var other = rules.First(r => !SymbolEqualityComparer.Default.Equals(r.Type, rule.Type));
                        end.ReportDiagnostic(Diagnostic.Create(Duplicated, rule.Location, pair.Key, other.Type.ToDisplayString()));
                    }
                }
            });
        });
    }
}
