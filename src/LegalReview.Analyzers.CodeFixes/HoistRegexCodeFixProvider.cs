using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
/// Fixes LRA0011 by moving the <c>new Regex(…)</c> into a <c>private static readonly Regex</c> field of the rule,
/// named after the local it was assigned to, and using the field where the regex was built.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HoistRegexCodeFixProvider))]
[Shared]
public sealed class HoistRegexCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.RegexConstructedPerCall);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault() is not { } creation
            || creation.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault() is not { } type)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("将 Regex 提升为 private static readonly 字段", c => HoistAsync(context.Document, root, creation, type, c), nameof(HoistRegexCodeFixProvider)),
            context.Diagnostics);
    }

    private static Task<Document> HoistAsync(Document document, SyntaxNode root, BaseObjectCreationExpressionSyntax creation, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = UniqueName(type, SuggestName(creation));
        var field = SyntaxFactory.FieldDeclaration(
                SyntaxFactory.VariableDeclaration(
                    SyntaxFactory.ParseTypeName("Regex"),
                    SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.VariableDeclarator(name).WithInitializer(SyntaxFactory.EqualsValueClause(creation.WithoutTrivia())))))
            .WithModifiers(SyntaxFactory.TokenList(
                SyntaxFactory.Token(SyntaxKind.PrivateKeyword),
                SyntaxFactory.Token(SyntaxKind.StaticKeyword),
                SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword)))
            .WithAdditionalAnnotations(Formatter.Annotation);

        var reference = SyntaxFactory.IdentifierName(name).WithTriviaFrom(creation);
        var updatedType = type.ReplaceNode(creation, reference);
        updatedType = updatedType.WithMembers(updatedType.Members.Insert(0, field));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(type, updatedType)));
    }

    private static string SuggestName(BaseObjectCreationExpressionSyntax creation)
    {
        if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
        {
            var local = declarator.Identifier.ValueText.TrimStart('_');
            if (local.Length > 0)
            {
                return char.ToUpperInvariant(local[0]) + local.Substring(1);
            }
        }

        return "Pattern";
    }

    private static string UniqueName(TypeDeclarationSyntax type, string name)
    {
        var taken = type.Members
            .SelectMany(m => m switch
            {
                FieldDeclarationSyntax f => f.Declaration.Variables.Select(v => v.Identifier.ValueText),
                MethodDeclarationSyntax method => new[] { method.Identifier.ValueText },
                PropertyDeclarationSyntax property => new[] { property.Identifier.ValueText },
                _ => Enumerable.Empty<string>(),
            })
            .ToImmutableHashSet();
        if (!taken.Contains(name))
        {
            return name;
        }

        for (var i = 2; ; i++)
        {
            var candidate = name + i.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
