namespace LegalReview.Generation.Sarif;

/// <summary>How the SARIF log is written.</summary>
public sealed record SarifOptions
{
    /// <summary>
    /// Prefix of each rule's <c>helpUri</c>; the rule page is <c>{HelpUriBase}LRnnnn.md</c>. The default is the
    /// repository-relative <c>docs/rules/</c>; a host can point it at its published documentation.
    /// </summary>
    public string HelpUriBase { get; init; } = "docs/rules/";

    /// <summary>
    /// Makes artifact URIs relative to this directory (with forward slashes) when the source name lies inside
    /// it; null writes source names as they are.
    /// </summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Whether to indent the JSON.</summary>
    public bool Indented { get; init; } = true;
}
