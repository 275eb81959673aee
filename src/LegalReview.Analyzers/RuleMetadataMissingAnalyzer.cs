using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers;

/// <summary>LRA0001: a concrete rule class must declare its id, category, severity and title with <c>[ReviewRule]</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleMetadataMissingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.RuleMetadataMissing,
        "审查规则缺少 [ReviewRule] 元数据",
        "规则类“{0}”缺少 [ReviewRule]：请声明规则编号、类别、默认严重程度和中文标题，例如 [ReviewRule(\"LR9001\", RuleCategory.Form, FindingSeverity.Warning, \"标题\")]",
        DiagnosticCategories.Metadata,
        DiagnosticSeverity.Warning,
        "没有 [ReviewRule] 的规则无法出现在审查意见、规则清单和 SARIF 中，审查引擎也不会加载它。");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

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

            start.RegisterSymbolAction(
                c =>
                {
                    var type = (INamedTypeSymbol)c.Symbol;
                    if (symbols.IsConcreteRule(type) && symbols.GetReviewRuleAttribute(type) is null)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, type.Locations[0], type.Name));
                    }
                },
                SymbolKind.NamedType);
        });
    }
}
