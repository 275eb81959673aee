namespace LegalReview.Analyzers;

/// <summary>The categories of the analyzers' diagnostics.</summary>
public static class DiagnosticCategories
{
    /// <summary>Rule metadata: ids, titles, categories and legal bases, which lawyers read.</summary>
    public const string Metadata = "LegalReview.Metadata";

    /// <summary>Behaviour of a rule that runs over thousands of documents on many threads.</summary>
    public const string Reliability = "LegalReview.Reliability";

    /// <summary>Cost of a rule run once per provision of every document.</summary>
    public const string Performance = "LegalReview.Performance";

    /// <summary>Whether a finding can be explained to the reader of the review opinion.</summary>
    public const string Findings = "LegalReview.Findings";
}
