using System.Collections.Concurrent;
using LegalReview.Review;

namespace LegalReview.Cli.Batch;

/// <summary>Counts kept while a batch runs; thread-safe.</summary>
internal sealed class BatchSummary
{
    private int _reviewed;
    private int _failed;
    private int _skipped;
    private int _withRuleFailures;

    public int Reviewed => _reviewed;

    public int Failed => _failed;

    public int Skipped => _skipped;

    /// <summary>Documents reviewed with at least one rule (or the classifier) failing: their findings may be incomplete.</summary>
    public int WithRuleFailures => _withRuleFailures;

    /// <summary>Rule failures by rule id, over all documents.</summary>
    public ConcurrentDictionary<string, int> RuleFailuresByRule { get; } = new();

    /// <summary>The documents with a rule failure.</summary>
    public ConcurrentBag<string> RuleFailureFiles { get; } = [];

    public int Total { get; set; }

    public bool Interrupted { get; set; }

    public TimeSpan Elapsed { get; set; }

    public ConcurrentDictionary<string, int> FindingsByCategory { get; } = new();

    public ConcurrentDictionary<FindingSeverity, int> FindingsBySeverity { get; } = new();

    public ConcurrentDictionary<string, int> FailuresByReason { get; } = new();

    public ConcurrentBag<string> Expired { get; } = [];

    public ConcurrentBag<string> CitingRepealed { get; } = [];

    public int Done => _reviewed + _failed + _skipped;

    public void AddReviewed(ReviewResult result, string file)
    {
        Interlocked.Increment(ref _reviewed);
        if (result.HasRuleFailures)
        {
            Interlocked.Increment(ref _withRuleFailures);
            RuleFailureFiles.Add(file);
            foreach (var failure in result.RuleFailures)
            {
                RuleFailuresByRule.AddOrUpdate(failure.RuleId, 1, (_, n) => n + 1);
            }
        }

        foreach (var f in result.ActiveFindings)
        {
            FindingsByCategory.AddOrUpdate(f.Category.ChineseName(), 1, (_, n) => n + 1);
            FindingsBySeverity.AddOrUpdate(f.Severity, 1, (_, n) => n + 1);
        }
    }

    public void AddFailed(string reason)
    {
        Interlocked.Increment(ref _failed);
        FailuresByReason.AddOrUpdate(reason, 1, (_, n) => n + 1);
    }

    public void AddSkipped() => Interlocked.Increment(ref _skipped);
}
