using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers;

/// <summary>
/// LRA0005 and LRA0006: every rule states at least one legal basis, and each basis is a citation a lawyer can look
/// up (see <see cref="LegalBasisFormat"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegalBasisAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Missing = RuleDescriptors.Create(
        RuleIdentifiers.LegalBasisMissing,
        "审查规则缺少 [LegalBasis] 法律依据",
        "规则“{0}”未声明法律依据：请添加 [LegalBasis(\"《法律名称》第某条\")]，或引用文号（如“国办发〔2018〕37号”“国务院令第722号”）、标准（如“GB/T 9704-2012”）",
        DiagnosticCategories.Metadata,
        DiagnosticSeverity.Warning,
        "审查意见须说明每一项问题的依据；没有依据的规则无法向起草单位和律师解释其结论。");

    private static readonly DiagnosticDescriptor Malformed = RuleDescriptors.Create(
        RuleIdentifiers.LegalBasisMalformed,
        "法律依据的引用格式不正确",
        "法律依据“{0}”无法定位到具体条文：请写成“《法律名称》第某条”，或引用文号（如“国办发〔2018〕37号”“国务院令第722号”）、标准（如“GB/T 9704-2012”）",
        DiagnosticCategories.Metadata,
        DiagnosticSeverity.Warning,
        "依据须能被律师据以查找原文：书名号内的法律名称加具体条文、发文字号或标准编号。");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Missing, Malformed);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ReviewRuleSymbols.TryCreate(start.Compilation) is not { } symbols || symbols.LegalBasisAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(
                c =>
                {
                    var type = (INamedTypeSymbol)c.Symbol;
                    var bases = symbols.GetLegalBasisAttributes(type);
                    if (bases.IsEmpty)
                    {
                        // Only rules the engine loads need a basis; a class without [ReviewRule] is LRA0001's concern.
                        if (symbols.IsConcreteRule(type) && symbols.GetReviewRuleAttribute(type) is not null)
                        {
                            c.ReportDiagnostic(Diagnostic.Create(Missing, type.Locations[0], type.Name));
                        }

                        return;
                    }

                    foreach (var basis in bases)
                    {
                        if (basis.ConstructorArguments.Length == 0)
                        {
                            continue;
                        }

                        var citation = basis.ConstructorArguments[0].Value as string;
                        if (!LegalBasisFormat.IsWellFormed(citation))
                        {
                            c.ReportDiagnostic(Diagnostic.Create(Malformed, ReviewRuleSymbols.ArgumentLocation(basis, 0, type.Locations[0]), citation ?? string.Empty));
                        }
                    }
                },
                SymbolKind.NamedType);
        });
    }
}
