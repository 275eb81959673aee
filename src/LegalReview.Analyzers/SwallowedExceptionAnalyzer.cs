using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers;

/// <summary>
/// LRA0014: a rule that catches every exception and goes on hides its own failure: the document is reported as
/// clean on that point. The engine records a failing rule; a rule should let it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedExceptionAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.ExceptionSwallowed,
        "审查规则吞掉了所有异常",
        "规则捕获了所有异常且未重新抛出：出错的文件会被当作“未发现问题”，请只捕获预期的具体异常类型，或在处理后使用 throw; 重新抛出",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "吞掉异常会使规则的失败无声无息，审查结论看似合法而实际未经审查。");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var exception = start.Compilation.GetTypeByMetadataName("System.Exception");
            if (ReviewRuleSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(
                c =>
                {
                    var clause = (CatchClauseSyntax)c.Node;
                    if (clause.Filter is not null || !symbols.IsInsideRule(c.ContainingSymbol))
                    {
                        return;
                    }

                    if (clause.Declaration is { } declaration)
                    {
                        var caught = c.SemanticModel.GetTypeInfo(declaration.Type, c.CancellationToken).Type;
                        if (!SymbolEqualityComparer.Default.Equals(caught, exception) && caught?.SpecialType != SpecialType.System_Object)
                        {
                            return;
                        }
                    }

                    if (Rethrows(clause.Block))
                    {
                        return;
                    }

                    var end = clause.Declaration?.Span.End ?? clause.CatchKeyword.Span.End;
                    var location = Location.Create(clause.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(clause.CatchKeyword.SpanStart, end));
                    c.ReportDiagnostic(Diagnostic.Create(Rule, location));
                },
                SyntaxKind.CatchClause);
        });
    }

    // A throw inside a nested lambda or local function does not leave the catch block.
    private static bool Rethrows(BlockSyntax block) =>
        block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Any(n => n is ThrowStatementSyntax or ThrowExpressionSyntax);
}
