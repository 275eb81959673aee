using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LegalReview.Analyzers;

/// <summary>
/// LRA0012: a rule is a pure, synchronous function of the document and the context. File and network access, and
/// waiting on threads or tasks, make a batch of ten thousand documents stall, and make the result depend on the
/// machine it ran on. Reference data belongs in the <c>KnowledgeBase</c> or <c>ReviewOptions</c>, which the host
/// loads once before the review.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingCallAnalyzer : DiagnosticAnalyzer
{
    // Every member of these types touches the file system or the network.
    private static readonly ImmutableArray<string> IoTypes = ImmutableArray.Create(
        "System.IO.File",
        "System.IO.Directory",
        "System.IO.FileInfo",
        "System.IO.DirectoryInfo",
        "System.IO.FileSystemInfo",
        "System.Net.Http.HttpClient",
        "System.Net.Http.HttpMessageInvoker",
        "System.Net.WebClient",
        "System.Net.WebRequest",
        "System.Net.Dns",
        "System.Net.Sockets.Socket",
        "System.Net.Sockets.TcpClient",
        "System.Net.Sockets.UdpClient",
        "System.Net.NetworkInformation.Ping");

    private static readonly ImmutableArray<string> InMemoryStreams = ImmutableArray.Create(
        "System.IO.MemoryStream",
        "System.IO.UnmanagedMemoryStream");

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.BlockingCallInRule,
        "审查规则中存在阻塞调用或外部访问",
        "规则中调用了“{0}”：规则不得读写文件、访问网络或阻塞等待，请把所需资料放入 KnowledgeBase 或 ReviewOptions，由宿主在审查前一次性加载",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        "规则在批量审查中并发执行；文件、网络访问和线程等待会拖慢整批审查，并使结论取决于运行环境。");

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

            var known = new KnownTypes(start.Compilation);
            start.RegisterOperationAction(
                c =>
                {
                    if (!symbols.IsInsideRule(c.ContainingSymbol))
                    {
                        return;
                    }

                    var blocking = c.Operation switch
                    {
                        IInvocationOperation invocation => known.Describe(invocation.TargetMethod),
                        IObjectCreationOperation creation => known.DescribeCreation(creation),
                        IPropertyReferenceOperation property => known.Describe(property.Property),
                        _ => null,
                    };
                    if (blocking is not null)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, c.Operation.Syntax.GetLocation(), blocking));
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.PropertyReference);
        });
    }

    private sealed class KnownTypes
    {
        private readonly ImmutableArray<INamedTypeSymbol> _io;
        private readonly ImmutableArray<INamedTypeSymbol> _inMemory;
        private readonly INamedTypeSymbol? _stream;
        private readonly INamedTypeSymbol? _thread;
        private readonly INamedTypeSymbol? _task;
        private readonly INamedTypeSymbol? _taskOfT;
        private readonly INamedTypeSymbol? _valueTaskOfT;
        private readonly INamedTypeSymbol? _streamReader;
        private readonly INamedTypeSymbol? _streamWriter;

        internal KnownTypes(Compilation compilation)
        {
            _io = Resolve(compilation, IoTypes);
            _inMemory = Resolve(compilation, InMemoryStreams);
            _stream = compilation.GetTypeByMetadataName("System.IO.Stream");
            _thread = compilation.GetTypeByMetadataName("System.Threading.Thread");
            _task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
            _taskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
            _valueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
            _streamReader = compilation.GetTypeByMetadataName("System.IO.StreamReader");
            _streamWriter = compilation.GetTypeByMetadataName("System.IO.StreamWriter");
        }

        internal string? Describe(ISymbol member)
        {
            var type = member.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                return null;
            }

            if (IsIo(type))
            {
                return $"{type.Name}.{member.Name}";
            }

            if (Is(type, _thread) && member.Name == "Sleep")
            {
                return "Thread.Sleep";
            }

            if (Is(type, _task) && member.Name is "Wait" or "WaitAll" or "WaitAny")
            {
                return $"Task.{member.Name}";
            }

            if ((Is(type, _taskOfT) || Is(type, _valueTaskOfT)) && member.Name == "Result")
            {
                return $"{type.Name}.Result";
            }

            if (member.Name == "GetResult" && type.Name is "TaskAwaiter" or "ValueTaskAwaiter" && type.ContainingNamespace?.ToDisplayString() == "System.Runtime.CompilerServices")
            {
                return "GetAwaiter().GetResult()";
            }

            return null;
        }

        internal string? DescribeCreation(IObjectCreationOperation creation)
        {
            if (creation.Type is not INamedTypeSymbol type)
            {
                return null;
            }

            if (creation.Constructor is { } constructor && IsFileReader(constructor))
            {
                return $"new {type.Name}(path)";
            }

            if (IsIo(type))
            {
                return $"new {type.Name}";
            }

            if (DerivesFrom(type, _stream) && !IsAny(type, _inMemory))
            {
                return $"new {type.Name}";
            }

            return null;
        }

        private bool IsFileReader(IMethodSymbol constructor) =>
            (Is(constructor.ContainingType, _streamReader) || Is(constructor.ContainingType, _streamWriter))
            && constructor.Parameters.Length > 0
            && constructor.Parameters[0].Type.SpecialType == SpecialType.System_String;

        private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, ImmutableArray<string> names)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in names)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    builder.Add(type);
                }
            }

            return builder.ToImmutable();
        }

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

        private static bool IsAny(INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> candidates)
        {
            foreach (var candidate in candidates)
            {
                if (DerivesFrom(type, candidate))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (Is(t, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsIo(INamedTypeSymbol type) => IsAny(type, _io);
    }
}
