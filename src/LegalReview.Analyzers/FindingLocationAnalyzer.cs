using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LegalReview.Analyzers;

/// <summary>
/// LRA0013: a finding points at the words it is about. <c>default(SourceSpan)</c> or <c>new SourceSpan()</c> places
/// it at the first character of the document with no length, and the review opinion quotes nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FindingLocationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.FindingWithoutLocation,
        "审查意见没有指明位置",
        "审查意见以空的 SourceSpan 报告，无法指明条款位置：请传入问题文字所在的范围，如 provision.Span、context.Document.SpanAt(…) 或正则匹配结果",
        DiagnosticCategories.Findings,
        DiagnosticSeverity.Warning,
        "审查意见要写明“第几条第几款”并引用原文；空范围会把问题标在文件开头，读者无从核对。");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ReviewRuleSymbols.TryCreate(start.Compilation) is not { ReviewContext: { } reviewContext, SourceSpan: { } sourceSpan })
            {
                return;
            }

            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (invocation.TargetMethod.Name != "Report" || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, reviewContext))
                    {
                        return;
                    }

                    foreach (var argument in invocation.Arguments)
                    {
                        if (SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, sourceSpan) && IsEmptySpan(argument.Value))
                        {
                            c.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation()));
                        }
                    }
                },
                OperationKind.Invocation);
        });
    }

    private static bool IsEmptySpan(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value switch
        {
            IDefaultValueOperation => true,
            IObjectCreationOperation creation => creation.Arguments.IsEmpty && creation.Initializer is null,
            _ => false,
        };
    }
}
