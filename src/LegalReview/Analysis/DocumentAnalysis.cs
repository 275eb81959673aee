using LegalReview.Documents;

namespace LegalReview.Analysis;

/// <summary>
/// The analysis of one document, shared by every rule that reviews it: the document profile, read once, and the
/// clause analysis of each provision, computed on first use and kept. One instance serves one review on one thread.
/// </summary>
internal sealed class DocumentAnalysis
{
    private readonly Dictionary<Provision, ProvisionClauses> _clauses = new(ReferenceEqualityComparer.Instance);
    private DocumentProfile? _profile;

    /// <summary>Creates the analysis of a document (nothing is computed yet).</summary>
    /// <param name="document">The document.</param>
    public DocumentAnalysis(NormativeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>The document.</summary>
    public NormativeDocument Document { get; }

    /// <summary>The document's profile.</summary>
    public DocumentProfile Profile => _profile ??= DocumentProfileReader.Read(ProfileInputs.From(Document));

    /// <summary>The clause analysis of a provision of the document.</summary>
    /// <param name="provision">The provision.</param>
    /// <returns>Its analysis.</returns>
    public ProvisionClauses Clauses(Provision provision)
    {
        ArgumentNullException.ThrowIfNull(provision);
        if (!_clauses.TryGetValue(provision, out var clauses))
        {
            var text = provision.NormalizedText ?? Document.NormalizedText.Substring(provision.TextOffset, provision.Text.Length);
            clauses = ClauseAnalyzer.Analyze(provision, text);
            _clauses[provision] = clauses;
        }

        return clauses;
    }
}
