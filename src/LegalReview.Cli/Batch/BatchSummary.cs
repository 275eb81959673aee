using System.Collections.Concurrent;
using LegalReview.Review;

namespace LegalReview.Cli.Batch;

/// <summary>Counts kept while a batch runs; thread-safe.</summary>
internal sealed class BatchSummary
{
    private int _reviewed;
    private int _failed;
    private int _skipped;

    public int Reviewed => _reviewed;

    public int Failed => _failed;

    public int Skipped => _skipped;

    public int Total { get; set; }

    public bool Interrupted { get; set; }

    public TimeSpan Elapsed { get; set; }

    public ConcurrentDictionary<string, int> FindingsByCategory { get; } = new();

    public ConcurrentDictionary<FindingSeverity, int> FindingsBySeverity { get; } = new();

    public ConcurrentDictionary<string, int> FailuresByReason { get; } = new();

    public ConcurrentBag<string> Expired { get; } = [];

    public ConcurrentBag<string> CitingRepealed { get; } = [];

    public int Done => _reviewed + _failed + _skipped;

    public void AddReviewed(ReviewResult result)
    {
        Interlocked.Increment(ref _reviewed);
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
