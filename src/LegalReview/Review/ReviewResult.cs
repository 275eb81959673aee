using LegalReview.Documents;

namespace LegalReview.Review;

/// <summary>The outcome of reviewing one document: the document model and the findings in a stable order.</summary>
public sealed class ReviewResult
{
    internal ReviewResult(NormativeDocument document, IReadOnlyList<Finding> findings, ReviewProfile profile, IReadOnlyList<string> rulesRun, TimeSpan duration)
    {
        Document = document;
        Findings = findings;
        Profile = profile;
        RulesRun = rulesRun;
        Duration = duration;
    }

    /// <summary>The document as read.</summary>
    public NormativeDocument Document { get; }

    /// <summary>All findings, suppressed ones included (see <see cref="Finding.IsSuppressed"/>), ordered by position, then rule id.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Findings not suppressed.</summary>
    public IEnumerable<Finding> ActiveFindings => Findings.Where(f => !f.IsSuppressed);

    /// <summary>The profile used.</summary>
    public ReviewProfile Profile { get; }

    /// <summary>The ids of the rules that ran.</summary>
    public IReadOnlyList<string> RulesRun { get; }

    /// <summary>
    /// The descriptors of the rules that ran (built-in and the host's own), in the order of <see cref="RulesRun"/>:
    /// what writers such as SARIF describe the rules from.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; internal init; } = [];

    /// <summary>How long the rules took.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Whether any unsuppressed finding is at error severity.</summary>
    public bool HasErrors => ActiveFindings.Any(f => f.Severity == FindingSeverity.Error);
}
