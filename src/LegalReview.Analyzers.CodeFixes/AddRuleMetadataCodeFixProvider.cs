using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace LegalReview.Analyzers.CodeFixes;

/// <summary>
/// Fixes LRA0001 by adding the metadata skeleton: <c>[ReviewRule]</c> with the first free custom id (LR9001 on) and
/// a <c>[LegalBasis]</c> whose 《…》 the author fills in (LRA0006 keeps reminding until then).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRuleMetadataCodeFixProvider))]
[Shared]
public sealed class AddRuleMetadataCodeFixProvider : CodeFixProvider
{
    private const string ReviewNamespace = "LegalReview.Review";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.RuleMetadataMissing);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().FirstOrDefault() is not { } declaration)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("添加 [ReviewRule] 与 [LegalBasis] 元数据", c => AddMetadataAsync(context.Document, declaration, c), nameof(AddRuleMetadataCodeFixProvider)),
            context.Diagnostics);
    }

    private static async Task<Document> AddMetadataAsync(Document document, ClassDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root is null || model.GetDeclaredSymbol(declaration, cancellationToken) is not { } type || ReviewRuleSymbols.TryCreate(model.Compilation) is not { } symbols)
        {
            return document;
        }

        var id = FirstFreeCustomId(symbols);
        var newLine = NewLineOf(root);
        var attributes = new List<AttributeListSyntax>
        {
            ParseAttributeList($"[ReviewRule(\"{id}\", RuleCategory.Form, FindingSeverity.Warning, \"标题\")]", newLine),
        };
        if (symbols.GetLegalBasisAttributes(type).IsEmpty)
        {
            attributes.Add(ParseAttributeList("[LegalBasis(\"《…》第…条\")]", newLine));
        }

        var leading = declaration.GetLeadingTrivia();
        var updated = declaration
            .WithoutLeadingTrivia()
            .WithAttributeLists(declaration.AttributeLists.InsertRange(0, attributes))
            .WithLeadingTrivia(leading)
            .WithAdditionalAnnotations(Formatter.Annotation);
        var newRoot = root.ReplaceNode(declaration, updated);
        if (newRoot is CompilationUnitSyntax unit && !ImportsReviewNamespace(unit, declaration))
        {
            newRoot = unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ReviewNamespace)).WithAdditionalAnnotations(Formatter.Annotation));
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private static AttributeListSyntax ParseAttributeList(string text, SyntaxTrivia newLine) =>
        SyntaxFactory.ParseCompilationUnit(text + " class C { }").Members[0].AttributeLists[0].WithoutTrivia().WithTrailingTrivia(newLine);

    // Keep the file's own line endings: the formatter would otherwise write the workspace default.
    private static SyntaxTrivia NewLineOf(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } existing
            ? existing
            : SyntaxFactory.ElasticCarriageReturnLineFeed;

    private static bool ImportsReviewNamespace(CompilationUnitSyntax unit, ClassDeclarationSyntax declaration)
    {
        if (unit.Usings.Any(u => u.Name?.ToString() == ReviewNamespace))
        {
            return true;
        }

        foreach (var ns in declaration.Ancestors().OfType<BaseNamespaceDeclarationSyntax>())
        {
            var name = ns.Name.ToString();
            if (name == ReviewNamespace || name.StartsWith(ReviewNamespace + ".", System.StringComparison.Ordinal) || ns.Usings.Any(u => u.Name?.ToString() == ReviewNamespace))
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstFreeCustomId(ReviewRuleSymbols symbols)
    {
        var used = new HashSet<string>(symbols.GetBuiltInRuleIds().Keys, System.StringComparer.Ordinal);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(symbols.Compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (member is INamedTypeSymbol type && symbols.GetReviewRuleAttribute(type) is { } attribute && ReviewRuleSymbols.GetId(attribute) is { } id)
                {
                    used.Add(id);
                }
            }
        }

        for (var n = RuleIdFormat.FirstCustomNumber + 1; n <= 9999; n++)
        {
            var id = "LR" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!used.Contains(id))
            {
                return id;
            }
        }

        return "LR9999";
    }
}
