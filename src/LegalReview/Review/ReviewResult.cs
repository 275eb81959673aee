using LegalReview.Documents;

namespace LegalReview.Review;

/// <summary>The outcome of reviewing one document: the document model and the findings in a stable order.</summary>
public sealed class ReviewResult
{
    internal ReviewResult(NormativeDocument document, IReadOnlyList<Finding> findings, ReviewProfile profile, IReadOnlyList<string> rulesRun, TimeSpan duration, IReadOnlyList<RuleFailure>? ruleFailures = null)
    {
        RuleFailures = ruleFailures ?? [];
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

    /// <summary>
    /// The ids of the rules that were run, including any that failed (see <see cref="RuleFailures"/>): a failed rule's
    /// findings for the document may be missing.
    /// </summary>
    public IReadOnlyList<string> RulesRun { get; }

    /// <summary>
    /// The descriptors of the rules that ran (built-in and the host's own), in the order of <see cref="RulesRun"/>:
    /// what writers such as SARIF describe the rules from.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; internal init; } = [];

    /// <summary>How long the rules took.</summary>
    public TimeSpan Duration { get; }

    /// <summary>
    /// The rules (and the classifier stage) that threw on this document, in the order they ran: the review went on
    /// without them, so its findings may be incomplete. Empty when every rule completed.
    /// </summary>
    public IReadOnlyList<RuleFailure> RuleFailures { get; }

    /// <summary>Whether a rule or the classifier stage failed, so that the findings may be incomplete.</summary>
    public bool HasRuleFailures => RuleFailures.Count > 0;

    /// <summary>Whether any unsuppressed finding is at error severity.</summary>
    public bool HasErrors => ActiveFindings.Any(f => f.Severity == FindingSeverity.Error);
}
