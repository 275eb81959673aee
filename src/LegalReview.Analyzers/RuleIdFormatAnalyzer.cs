using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers;

/// <summary>LRA0002: a rule id is "LR" followed by four digits.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleIdFormatAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.RuleIdMalformed,
        "规则编号格式不正确",
        "规则编号“{0}”格式不正确：应为“LR”加四位阿拉伯数字，自定义规则使用 LR9000 至 LR9999，例如“LR9001”",
        DiagnosticCategories.Metadata,
        DiagnosticSeverity.Warning,
        "规则编号用于配置启停、抑制和审查意见中的引用，格式不统一会使配置和统计失效。");

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
                    if (symbols.GetReviewRuleAttribute(type) is { } attribute
                        && attribute.ConstructorArguments.Length > 0
                        && !RuleIdFormat.TryParse(ReviewRuleSymbols.GetId(attribute), out _))
                    {
                        var location = ReviewRuleSymbols.ArgumentLocation(attribute, 0, type.Locations[0]);
                        c.ReportDiagnostic(Diagnostic.Create(Rule, location, ReviewRuleSymbols.GetId(attribute) ?? string.Empty));
                    }
                },
                SymbolKind.NamedType);
        });
    }
}
