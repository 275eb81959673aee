using System.Globalization;
using LegalReview.Generation.Annotation;
using LegalReview.Generation.Opinion;
using LegalReview.SampleHost.Cases;
using LegalReview.SampleHost.Data;
using Microsoft.Extensions.Options;

namespace LegalReview.SampleHost.Documents;

/// <summary>
/// Writes the opinion letter with <see cref="OpinionLetterWriter"/> and the annotated draft with
/// <see cref="DraftAnnotator"/>: both carry only the findings the reviewer accepted, the ones the drafting unit must act on.
/// </summary>
public sealed class DocxReviewDocumentsProvider(CaseStore store, IOptions<SampleHostOptions> options, TimeProvider clock) : IReviewDocumentsProvider
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>What a .txt case says instead of an annotated draft.</summary>
    public const string NoAnnotatedDraft = "本案草案为纯文本（.txt），没有批注稿：批注稿只能在报送的 Word 草案（.docx）上生成。请查阅审查页面或审核意见书。";

    public Task<ReviewDocument> CreateOpinionAsync(CaseView view, CancellationToken cancellationToken = default)
    {
        var c = view.Case;
        // Before the conclusion the letter is a draft of what the accepted findings lead to; 合法 is ruled out while any stand.
        var conclusion = ReviewConclusions.TryParse(c.Conclusion, out var concluded)
            ? concluded
            : view.Accepted.Any() ? ReviewConclusion.LawfulAfterRevision : ReviewConclusion.Lawful;
        var accepted = view.Accepted.ToHashSet();
        var input = new OpinionLetterInput
        {
            ReviewingBody = options.Value.Reviewer,
            DraftingUnit = c.Unit,
            DraftTitle = c.Title,
            Conclusion = conclusion,
            Accept = accepted.Contains,
            ReviewerNotes = c.ConclusionNote is { Length: > 0 } note ? [note] : [],
            ReceivedOn = ChinaDate(c.SubmittedAt),
            Date = ChinaDate(c.ConcludedAt ?? clock.GetUtcNow()),
            // A preview before the conclusion must not pass for the letter: marked on every page, no conclusion stated.
            DraftMark = c.IsConcluded ? null : "征求意见稿",
        };
        using var output = new MemoryStream();
        OpinionLetterWriter.Write(view.Result, input, output);
        var name = c.IsConcluded ? $"合法性审核意见书-{Id(c)}.docx" : $"合法性审核意见书（征求意见稿）-{Id(c)}.docx";
        return Task.FromResult(new ReviewDocument(name, DocxContentType, output.ToArray()));
    }

    public async Task<ReviewDocument> CreateAnnotatedAsync(CaseView view, CancellationToken cancellationToken = default)
    {
        if (!CaseDocuments.HasAnnotatedDraft(view.Case))
        {
            throw new CaseWorkflowException(NoAnnotatedDraft, StatusCodes.Status404NotFound);
        }

        var accepted = view.Accepted.ToHashSet();
        var content = await store.GetContentAsync(view.Case.Id, cancellationToken);
        using var input = new MemoryStream(content, writable: false);
        using var output = new MemoryStream();
        DraftAnnotator.Annotate(input, output, view.Result, new AnnotationOptions
        {
            Author = view.Case.ConcludedBy ?? options.Value.Reviewer,
            Initials = "审",
            Date = HostClock.Local(clock, view.Case.ConcludedAt ?? clock.GetUtcNow()).DateTime,
            Include = accepted.Contains,
        });
        return new ReviewDocument($"审查批注稿-{Id(view.Case)}.docx", DocxContentType, output.ToArray());
    }

    private DateOnly ChinaDate(DateTimeOffset t) => HostClock.LocalDate(clock, t);

    private static string Id(ReviewCase c) => c.Id.ToString(CultureInfo.InvariantCulture);
}
