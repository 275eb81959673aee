using Microsoft.CodeAnalysis;

namespace LegalReview.Analyzers;

/// <summary>Builds every descriptor the same way, so that each one carries its help link when the build has one to give.</summary>
internal static class RuleDescriptors
{
    /// <summary>The help page of an analyzer id in the published repository.</summary>
    /// <param name="repositoryUrl">The repository's web address (<see cref="RepositoryInfo.Url"/>); empty when unknown.</param>
    /// <param name="id">The id, e.g. "LRA0001".</param>
    /// <returns>
    /// <c>{repositoryUrl}/blob/main/docs/analyzers/{id}.md</c>, or an empty string when the repository URL is unknown:
    /// no link is better than a link to an address nobody published.
    /// </returns>
    internal static string GetHelpUri(string repositoryUrl, string id) =>
        repositoryUrl.Length == 0 ? string.Empty : repositoryUrl.TrimEnd('/') + "/blob/main/docs/analyzers/" + id + ".md";

    /// <summary>The help page of an analyzer id in the repository this build was given.</summary>
    /// <param name="id">The id, e.g. "LRA0001".</param>
    /// <returns>The link, or an empty string.</returns>
    internal static string GetHelpUri(string id) => GetHelpUri(RepositoryInfo.Url, id);

    internal static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description, params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: GetHelpUri(id), customTags: customTags);
}
