using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers;

/// <summary>LRA0007: the title in <c>[ReviewRule]</c> is what a lawyer reads first; it may not be empty.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleTitleAnalyzer : DiagnosticAnalyzer
{
    private const int TitleArgument = 3;

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.RuleTitleEmpty,
        "规则标题为空",
        "规则“{0}”的标题为空：请用一句中文概括所审查的问题，例如“文号格式不规范”",
        DiagnosticCategories.Findings,
        DiagnosticSeverity.Warning,
        "规则标题出现在每一条审查意见、规则清单和 SARIF 报告中，空标题使读者无从知道问题所在。");

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
                        && attribute.ConstructorArguments.Length > TitleArgument
                        && string.IsNullOrWhiteSpace(attribute.ConstructorArguments[TitleArgument].Value as string))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, ReviewRuleSymbols.ArgumentLocation(attribute, TitleArgument, type.Locations[0]), type.Name));
                    }
                },
                SymbolKind.NamedType);
        });
    }
}
