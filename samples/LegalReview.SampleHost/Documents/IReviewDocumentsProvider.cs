using LegalReview.SampleHost.Cases;

namespace LegalReview.SampleHost.Documents;

/// <summary>
/// Produces the documents a review hands back to the drafting unit: the legality review opinion and the annotated
/// draft. <see cref="PlainTextReviewDocumentsProvider"/> writes them as UTF-8 text; the .docx writers of
/// <c>LegalReview.Generation</c> (opinion letter, annotated .docx with Word comments) plug in by registering an
/// implementation of this interface in its place.
/// </summary>
public interface IReviewDocumentsProvider
{
    Task<ReviewDocument> CreateOpinionAsync(CaseView view, CancellationToken cancellationToken = default);

    Task<ReviewDocument> CreateAnnotatedAsync(CaseView view, CancellationToken cancellationToken = default);
}
