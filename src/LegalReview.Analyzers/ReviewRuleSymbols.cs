using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LegalReview.Analyzers;

/// <summary>
/// The LegalReview types the analyzers look for, resolved once per compilation. Everything is matched by symbol,
/// never by name alone, so a user type that happens to be called <c>ReviewRule</c> is left alone.
/// </summary>
internal sealed class ReviewRuleSymbols
{
    private ReviewRuleSymbols(Compilation compilation, INamedTypeSymbol reviewRule, INamedTypeSymbol reviewRuleAttribute)
    {
        Compilation = compilation;
        ReviewRule = reviewRule;
        ReviewRuleAttribute = reviewRuleAttribute;
        LegalBasisAttribute = compilation.GetTypeByMetadataName("LegalReview.Review.LegalBasisAttribute");
        ReviewContext = compilation.GetTypeByMetadataName("LegalReview.Review.ReviewContext");
        SourceSpan = compilation.GetTypeByMetadataName("LegalReview.Documents.SourceSpan");
        RuleCategory = compilation.GetTypeByMetadataName("LegalReview.Review.RuleCategory");
    }

    internal Compilation Compilation { get; }

    internal INamedTypeSymbol ReviewRule { get; }

    internal INamedTypeSymbol ReviewRuleAttribute { get; }

    internal INamedTypeSymbol? LegalBasisAttribute { get; }

    internal INamedTypeSymbol? ReviewContext { get; }

    internal INamedTypeSymbol? SourceSpan { get; }

    internal INamedTypeSymbol? RuleCategory { get; }

    /// <summary>Resolves the symbols; null when the compilation does not see the LegalReview library.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <returns>The symbols, or null.</returns>
    internal static ReviewRuleSymbols? TryCreate(Compilation compilation)
    {
        var rule = compilation.GetTypeByMetadataName("LegalReview.Review.ReviewRule");
        var attribute = compilation.GetTypeByMetadataName("LegalReview.Review.ReviewRuleAttribute");
        return rule is null || attribute is null ? null : new ReviewRuleSymbols(compilation, rule, attribute);
    }

    /// <summary>Whether a type derives, directly or not, from <c>ReviewRule</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for rule classes, abstract ones included.</returns>
    internal bool IsRule(ITypeSymbol? type)
    {
        if (type is not { TypeKind: TypeKind.Class })
        {
            return false;
        }

        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, ReviewRule))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a type is a concrete rule class: the engine instantiates it.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for non-abstract, non-static rule classes.</returns>
    internal bool IsConcreteRule(INamedTypeSymbol type) => !type.IsAbstract && !type.IsStatic && IsRule(type);

    /// <summary>Whether code owned by <paramref name="symbol"/> (a member, a lambda's method) runs inside a rule.</summary>
    /// <param name="symbol">The containing symbol of an operation or syntax node.</param>
    /// <returns>True when the symbol or one of its containing types is a rule class.</returns>
    internal bool IsInsideRule(ISymbol? symbol)
    {
        for (var t = symbol as INamedTypeSymbol ?? symbol?.ContainingType; t is not null; t = t.ContainingType)
        {
            if (IsRule(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>[ReviewRule]</c> applied to a type, if any.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The attribute data, or null.</returns>
    internal AttributeData? GetReviewRuleAttribute(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, ReviewRuleAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The <c>[LegalBasis]</c> attributes applied to a type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The attributes, possibly none.</returns>
    internal ImmutableArray<AttributeData> GetLegalBasisAttributes(INamedTypeSymbol type)
    {
        var builder = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (var attribute in type.GetAttributes())
        {
            if (LegalBasisAttribute is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, LegalBasisAttribute))
            {
                builder.Add(attribute);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The rule id declared by a <c>[ReviewRule]</c>, if it is a constant string.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The id, or null.</returns>
    internal static string? GetId(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;

    /// <summary>
    /// The ids of the rules built into the referenced LegalReview assembly, read from its types' <c>[ReviewRule]</c>
    /// so that the list follows the library version the user compiles against. Empty when the compilation is the
    /// library itself.
    /// </summary>
    /// <returns>Built-in id → the rule's type name.</returns>
    internal IReadOnlyDictionary<string, string> GetBuiltInRuleIds()
    {
        var ids = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var library = ReviewRuleAttribute.ContainingAssembly;
        if (SymbolEqualityComparer.Default.Equals(library, Compilation.Assembly))
        {
            return ids;
        }

        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(library.GlobalNamespace);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (member is INamedTypeSymbol type && GetReviewRuleAttribute(type) is { } attribute && GetId(attribute) is { } id && !ids.ContainsKey(id))
                {
                    ids.Add(id, type.ToDisplayString());
                }
            }
        }

        return ids;
    }

    /// <summary>The location of a positional argument of an applied attribute, or of the attribute itself.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="index">The argument's position.</param>
    /// <param name="fallback">Where to report when the attribute has no syntax.</param>
    /// <returns>The location.</returns>
    internal static Location ArgumentLocation(AttributeData attribute, int index, Location fallback)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax syntax)
        {
            var arguments = syntax.ArgumentList?.Arguments;
            return arguments is { } list && list.Count > index ? list[index].GetLocation() : syntax.GetLocation();
        }

        return fallback;
    }
}
