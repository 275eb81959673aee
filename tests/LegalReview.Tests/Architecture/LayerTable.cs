namespace LegalReview.Tests.Architecture;

/// <summary>
/// The layers of LegalReview and the layers each may use: the one table to edit when the architecture changes
/// (docs/architecture.md draws it). A namespace belongs to the layer named by its second segment
/// (<c>LegalReview.Documents.Reading</c> is in Documents); the root namespace <c>LegalReview</c> is the composition
/// root (dependency injection and options), which only hosts and the command-line tool use.
/// </summary>
internal static class LayerTable
{
    /// <summary>The layer of the root namespace.</summary>
    public const string Root = "(root)";

    /// <summary>Layer → the layers it may depend on. A layer missing from the table may depend on nothing of ours.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Documents"] = [],
        ["Knowledge"] = ["Documents"],
        ["Calendar"] = ["Knowledge"],
        // Clause analysis: between the document model and the rules.
        ["Analysis"] = ["Documents", "Knowledge"],
        ["Review"] = ["Documents", "Knowledge", "Calendar", "Analysis"],
        ["Rules"] = ["Review", "Documents", "Knowledge", "Calendar", "Analysis"],
        // The classifier and the nearest-case index plug into the review through IProvisionClassifier and INearestCaseFinder.
        ["Classifier"] = ["Review", "Documents", "Knowledge", "Analysis"],
        ["Generation"] = ["Review", "Documents", "Knowledge", "Calendar"],
        ["Tracking"] = ["Generation", "Review", "Calendar", "Knowledge", "Documents"],
        [Root] = ["Documents", "Knowledge", "Calendar", "Analysis", "Review", "Rules", "Generation"],
        ["Cli"] = ["Documents", "Knowledge", "Calendar", "Analysis", "Review", "Rules", "Classifier", "Generation", "Tracking", Root],
    };

    /// <summary>The layer of a namespace of ours, or null for a namespace that is not ours.</summary>
    /// <param name="ns">The namespace.</param>
    /// <returns>The layer.</returns>
    public static string? LayerOf(string? ns)
    {
        if (ns is null || !(ns == "LegalReview" || ns.StartsWith("LegalReview.", StringComparison.Ordinal)))
        {
            return null;
        }

        var parts = ns.Split('.');
        return parts.Length == 1 ? Root : parts[1];
    }
}
