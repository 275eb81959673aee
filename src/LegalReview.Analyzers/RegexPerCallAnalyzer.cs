using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LegalReview.Analyzers;

/// <summary>
/// LRA0011: a rule runs once per provision of every document, so a <c>new Regex(constant pattern)</c> inside its
/// methods parses (and, with <c>RegexOptions.Compiled</c>, compiles) the pattern tens of thousands of times in a
/// batch. The regex belongs in a <c>static readonly</c> field or a <c>[GeneratedRegex]</c> partial method.
/// </summary>
/// <remarks>
/// Only construction with a constant pattern is reported: a pattern built from configuration (the issuer's 文号
/// series) cannot be hoisted as it is. Static calls such as <c>Regex.IsMatch(text, pattern)</c> are not reported:
/// they go through the runtime's regex cache, and the documentation page recommends a cached instance instead.
/// Construction in a field initializer or constructor happens once per rule and is accepted.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegexPerCallAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.RegexConstructedPerCall,
        "每次执行规则都重新构造正则表达式",
        "“{0}”中每次调用都构造新的 Regex：请改为 private static readonly Regex 字段或 [GeneratedRegex] 分部方法，只构造一次",
        DiagnosticCategories.Performance,
        DiagnosticSeverity.Warning,
        "规则对每份文件的每一款、每一项都会执行一次，在方法内构造正则表达式会在批量审查时重复解析同一模式成千上万次。");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var regex = start.Compilation.GetTypeByMetadataName("System.Text.RegularExpressions.Regex");
            if (regex is null || ReviewRuleSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (!SymbolEqualityComparer.Default.Equals(creation.Type, regex)
                        || c.ContainingSymbol is not IMethodSymbol method
                        || method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor
                        || !symbols.IsInsideRule(method)
                        || creation.Arguments.Length == 0
                        || !creation.Arguments[0].Value.ConstantValue.HasValue)
                    {
                        return;
                    }

                    c.ReportDiagnostic(Diagnostic.Create(Rule, creation.Syntax.GetLocation(), method.Name));
                },
                OperationKind.ObjectCreation);
        });
    }
}
