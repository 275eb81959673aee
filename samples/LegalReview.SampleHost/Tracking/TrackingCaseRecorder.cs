using System.Globalization;
using LegalReview.Review;
using LegalReview.SampleHost.Cases;
using LegalReview.Tracking;
using HostCase = LegalReview.SampleHost.Data.ReviewCase;
using TrackedCase = LegalReview.Tracking.ReviewCase;

namespace LegalReview.SampleHost.Tracking;

/// <summary>
/// Records each case as a legality review case (送审, 审结) in the library's tracking store, so the annual statistics
/// count the cases reviewed in this host. The tracking identifier is derived from the host's case number, so no
/// mapping table is needed.
/// </summary>
public sealed class TrackingCaseRecorder(ITrackingStore store, TrackingWorkflow workflow, TimeProvider clock) : ICaseRecorder
{
    /// <summary>The tracking identifier of a host case.</summary>
    public static string TrackingId(long caseId) => "R-SH" + caseId.ToString(CultureInfo.InvariantCulture);

    public async Task RecordReceivedAsync(HostCase reviewCase, ReviewResult result, string recordedBy, CancellationToken cancellationToken = default)
    {
        var tracked = new TrackedCase
        {
            Id = TrackingId(reviewCase.Id),
            Title = reviewCase.Title,
            SubmittingUnit = reviewCase.Unit,
            ReceivedOn = ChinaDate(reviewCase.SubmittedAt),
        };
        await store.AddReviewCaseAsync(tracked, workflow.Event(TrackingEntityKind.ReviewCase, tracked.Id, recordedBy, tracked.ReceivedOn, null, ReviewCaseStates.Received, "收到送审稿。"), cancellationToken);
    }

    public async Task RecordConcludedAsync(HostCase reviewCase, ReviewResult result, string recordedBy, CancellationToken cancellationToken = default)
    {
        var conclusion = reviewCase.ConclusionNote is { Length: > 0 } note ? $"{reviewCase.Conclusion}（{note}）" : reviewCase.Conclusion ?? string.Empty;
        var opinion = $"/api/reviews/{reviewCase.Id.ToString(CultureInfo.InvariantCulture)}/opinion";
        await workflow.ConcludeReviewAsync(TrackingId(reviewCase.Id), conclusion, opinion, recordedBy, ChinaDate(reviewCase.ConcludedAt ?? DateTimeOffset.UtcNow), ct: cancellationToken);
    }

    private DateOnly ChinaDate(DateTimeOffset t) => HostClock.LocalDate(clock, t);
}
