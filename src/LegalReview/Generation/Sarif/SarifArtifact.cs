using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Generation.Sarif;

/// <summary>One reviewed document as a SARIF artifact: where it is, what it is, and its findings.</summary>
/// <param name="SourceName">The file name or path, made relative to <see cref="SarifOptions.BaseDirectory"/> when set.</param>
/// <param name="Title">The document's title.</param>
/// <param name="IsDocx">Whether the source is a Word document (otherwise plain text).</param>
/// <param name="Findings">All findings, suppressed ones included.</param>
internal sealed record SarifArtifact(string SourceName, string Title, bool IsDocx, IReadOnlyList<Finding> Findings)
{
    /// <summary>The descriptors of the rules that ran, which name and describe the rules in the log; a rule not among them is described from its findings.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = [];

    /// <summary>The artifact of a review result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The artifact.</returns>
    public static SarifArtifact FromResult(ReviewResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SarifArtifact(result.Document.SourceName, result.Document.Title, result.Document.Format == SourceFormat.Docx, result.Findings) { Rules = result.Rules };
    }
}
