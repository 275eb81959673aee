using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LegalReview.Analyzers;

/// <summary>LRA0008: a finding's message says what is wrong; <c>ReviewContext.Report</c> may not receive an empty one.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FindingMessageAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.FindingMessageEmpty,
        "审查意见的说明为空",
        "向 ReviewContext.Report 传入了空的说明：请写明该处存在什么问题，例如“文号年份与成文日期不一致。”",
        DiagnosticCategories.Findings,
        DiagnosticSeverity.Warning,
        "空说明在运行时会抛出 ArgumentException，使整条规则对该文件失效；即使不抛出，审查意见也无法解释。");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ReviewRuleSymbols.TryCreate(start.Compilation) is not { ReviewContext: { } reviewContext })
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
                        if (argument.Parameter?.Name == "message" && IsEmptyText(argument.Value))
                        {
                            c.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation()));
                        }
                    }
                },
                OperationKind.Invocation);
        });
    }

    private static bool IsEmptyText(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value.ConstantValue.HasValue)
        {
            return string.IsNullOrWhiteSpace(value.ConstantValue.Value as string);
        }

        return value is IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } };
    }
}
