using LegalReview.Review;
using LegalReview.SampleHost.Data;

namespace LegalReview.SampleHost.Cases;

/// <summary>
/// Records a case in the bureau's register when it is received and when it is concluded. The host ships
/// <see cref="SqliteCaseRecorder"/>; the tracking store (<c>LegalReview.Tracking</c>) plugs in here by registering its
/// own implementation in place of it.
/// </summary>
public interface ICaseRecorder
{
    Task RecordReceivedAsync(ReviewCase reviewCase, ReviewResult result, string recordedBy, CancellationToken cancellationToken = default);

    Task RecordConcludedAsync(ReviewCase reviewCase, ReviewResult result, string recordedBy, CancellationToken cancellationToken = default);
}
