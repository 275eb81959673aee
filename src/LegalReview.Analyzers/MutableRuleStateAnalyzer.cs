using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers;

/// <summary>
/// LRA0010: one rule instance reviews many documents at once on many threads, so a rule class may not hold state
/// that changes while it runs: no writable fields (instance or static), no settable properties, and no readonly
/// instance field holding a mutable collection. Static readonly data (lookup tables, <c>Regex</c>, frozen sets)
/// is accepted: it is built once and only read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MutableRuleStateAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<string> MutableCollections = ImmutableArray.Create(
        "System.Collections.Generic.List`1",
        "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.SortedDictionary`2",
        "System.Collections.Generic.SortedList`2",
        "System.Collections.Generic.SortedSet`1",
        "System.Collections.Generic.Queue`1",
        "System.Collections.Generic.Stack`1",
        "System.Collections.Generic.LinkedList`1",
        "System.Text.StringBuilder");

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.RuleStateMutable,
        "审查规则持有可变状态",
        "规则“{0}”的成员“{1}”是可变状态：同一规则实例会在多个线程上同时审查多份文件，请改为局部变量，或声明为 static readonly / const 的只读数据",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "引擎只创建一个规则实例，并发审查成批文件；字段和可写属性会在文件之间串值，使审查结论随执行顺序而变。");

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

            var mutableCollections = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in MutableCollections)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } type)
                {
                    mutableCollections.Add(type);
                }
            }

            var collections = mutableCollections.ToImmutable();
            start.RegisterSymbolAction(
                c =>
                {
                    var member = c.Symbol;
                    if (member.IsImplicitlyDeclared || !symbols.IsRule(member.ContainingType))
                    {
                        return;
                    }

                    if (IsMutable(member, collections))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, member.Locations[0], member.ContainingType.Name, member.Name));
                    }
                },
                SymbolKind.Field,
                SymbolKind.Property);
        });
    }

    private static bool IsMutable(ISymbol member, ImmutableArray<INamedTypeSymbol> collections)
    {
        switch (member)
        {
            case IFieldSymbol { IsConst: true }:
                return false;
            case IFieldSymbol { IsReadOnly: false }:
                return true;
            case IFieldSymbol { IsStatic: false } field:
                return field.Type is INamedTypeSymbol named && collections.Any(c => SymbolEqualityComparer.Default.Equals(c, named.OriginalDefinition));
            case IPropertySymbol property:
                return property.SetMethod is { IsInitOnly: false };
            default:
                return false;
        }
    }
}
