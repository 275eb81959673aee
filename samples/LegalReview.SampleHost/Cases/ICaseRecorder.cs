using LegalReview.Review;
using LegalReview.SampleHost.Data;

namespace LegalReview.SampleHost.Cases;

/// <summary>
/// Records a case in the bureau's register when it is received and when it is concluded.
/// <see cref="Tracking.TrackingCaseRecorder"/> keeps it in the library's tracking store (<c>LegalReview.Tracking</c>).
/// </summary>
public interface ICaseRecorder
{
    Task RecordReceivedAsync(ReviewCase reviewCase, ReviewResult result, string recordedBy, CancellationToken cancellationToken = default);

    Task RecordConcludedAsync(ReviewCase reviewCase, ReviewResult result, string recordedBy, CancellationToken cancellationToken = default);
}
