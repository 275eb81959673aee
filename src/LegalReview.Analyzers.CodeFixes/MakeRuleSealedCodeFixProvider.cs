using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace LegalReview.Analyzers.CodeFixes;

/// <summary>Fixes LRA0015 by declaring the rule class <c>sealed</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeRuleSealedCodeFixProvider))]
[Shared]
public sealed class MakeRuleSealedCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.RuleNotSealed);

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
            CodeAction.Create(
                "将规则类声明为 sealed",
                async c =>
                {
                    var editor = await DocumentEditor.CreateAsync(context.Document, c).ConfigureAwait(false);
                    var modifiers = editor.Generator.GetModifiers(declaration).WithIsSealed(true);
                    editor.SetModifiers(declaration, modifiers);
                    return editor.GetChangedDocument();
                },
                nameof(MakeRuleSealedCodeFixProvider)),
            context.Diagnostics);
    }
}
