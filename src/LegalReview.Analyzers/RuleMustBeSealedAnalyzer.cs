using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers;

/// <summary>
/// LRA0015: a concrete rule class is sealed. The metadata on a rule class is not inherited, so a derived class would
/// be a second rule without an id; and <c>BuiltInRules</c> and hosts expect one class per rule.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleMustBeSealedAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.RuleNotSealed,
        "审查规则类未声明为 sealed",
        "规则类“{0}”应声明为 sealed：一条规则对应一个类，[ReviewRule] 元数据不会被派生类继承",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "派生自具体规则的类没有自己的编号和依据，会在审查中以不可解释的方式重复报告。");

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
                    if (!type.IsSealed && symbols.IsConcreteRule(type))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, type.Locations[0], type.Name));
                    }
                },
                SymbolKind.NamedType);
        });
    }
}
