using Microsoft.CodeAnalysis;

namespace LegalReview.Analyzers;

/// <summary>Builds every descriptor the same way, so that each one carries its help link.</summary>
internal static class RuleDescriptors
{
    /// <summary>Where the documentation pages live; one page per id under <c>docs/analyzers/</c>.</summary>
    internal const string HelpLinkBase = "https://github.com/LegalReview/LegalReview/blob/main/docs/analyzers/";

    /// <summary>The help page of an analyzer id.</summary>
    /// <param name="id">The id, e.g. "LRA0001".</param>
    /// <returns>The absolute link to <c>docs/analyzers/{id}.md</c>.</returns>
    internal static string GetHelpUri(string id) => HelpLinkBase + id + ".md";

    internal static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description, params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: GetHelpUri(id), customTags: customTags);
}
