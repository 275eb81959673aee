using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LegalReview.Review;

/// <summary>
/// The instruments behind <see cref="LegalReviewDiagnostics"/>. Static, as the .NET guidance recommends for libraries
/// without a meter factory, so that every service instance in a process feeds the same series.
/// </summary>
internal static class ReviewTelemetry
{
    public static readonly ActivitySource Source = new(LegalReviewDiagnostics.ActivitySourceName, Version);

    public static readonly Meter Meter = new(LegalReviewDiagnostics.MeterName, Version);

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        LegalReviewDiagnostics.ReviewDuration, "s", "Time to read and review one document.");

    public static readonly Counter<long> Documents = Meter.CreateCounter<long>(
        LegalReviewDiagnostics.Documents, "{document}", "Documents reviewed.");

    public static readonly Counter<long> Findings = Meter.CreateCounter<long>(
        LegalReviewDiagnostics.Findings, "{finding}", "Active findings, by category and severity.");

    public static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        LegalReviewDiagnostics.Failures, "{document}", "Reviews that failed, by reason.");

    private static string Version => typeof(ReviewTelemetry).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static void RecordSuccess(ReviewResult result, TimeSpan elapsed)
    {
        Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", "success"));
        Documents.Add(1, new KeyValuePair<string, object?>("profile", result.Profile.Name));
        foreach (var group in result.ActiveFindings.GroupBy(f => (f.Category, f.Severity)))
        {
            Findings.Add(
                group.Count(),
                new KeyValuePair<string, object?>("category", group.Key.Category.ToName()),
                new KeyValuePair<string, object?>("severity", group.Key.Severity.ToString().ToLowerInvariant()));
        }
    }

    public static void RecordFailure(string reason, TimeSpan elapsed)
    {
        Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", "failure"));
        Failures.Add(1, new KeyValuePair<string, object?>("reason", reason));
    }
}
