using LegalReview.SampleHost.Cases;

namespace LegalReview.SampleHost.Documents;

/// <summary>
/// Produces the documents a review hands back to the drafting unit: the legality review opinion and the annotated
/// draft. <see cref="DocxReviewDocumentsProvider"/> writes both as .docx with the library's writers.
/// </summary>
public interface IReviewDocumentsProvider
{
    Task<ReviewDocument> CreateOpinionAsync(CaseView view, CancellationToken cancellationToken = default);

    Task<ReviewDocument> CreateAnnotatedAsync(CaseView view, CancellationToken cancellationToken = default);
}
