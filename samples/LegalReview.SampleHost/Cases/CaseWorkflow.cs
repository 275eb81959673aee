using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Generation.Json;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Documents;
using LegalReview.SampleHost.Security;
using Microsoft.Extensions.Options;

namespace LegalReview.SampleHost.Cases;

/// <summary>
/// The review workflow shared by the pages and the JSON API: submission, decisions on findings and the conclusion.
/// </summary>
public sealed partial class CaseWorkflow(
    CaseStore store,
    CaseReviewer reviewer,
    IReviewDocumentsProvider documents,
    UserStore users,
    ICaseRecorder recorder,
    IOptions<SampleHostOptions> options,
    TimeProvider clock,
    ILogger<CaseWorkflow> logger)
{
    /// <summary>The longest drafting unit name accepted (the letter is addressed to it).</summary>
    public const int MaxUnitLength = 100;

    /// <summary>The conclusions a legality review may reach.</summary>
    public static readonly IReadOnlyList<string> Conclusions = ["合法", "修改后合法", "不合法"];

    /// <summary>Reviews and stores a submitted draft, then records the case as received.</summary>
    /// <exception cref="CaseWorkflowException">The file is empty, too large, not a .docx/.txt, or unreadable.</exception>
    public async Task<CaseView> SubmitAsync(IFormFile file, ReviewMetadata metadata, string unit, string submittedBy, CancellationToken cancellationToken = default)
    {
        // A drafting user bound to a unit always submits for it; the form's unit field is then ignored.
        var bound = (await users.FindByNameAsync(submittedBy, cancellationToken))?.Unit;
        unit = bound ?? unit.Trim();
        if (unit.Length > MaxUnitLength)
        {
            throw new CaseWorkflowException($"起草单位名称不超过 {MaxUnitLength} 个字符。");
        }

        var limit = options.Value.MaxUploadBytes;
        if (file.Length == 0)
        {
            throw new CaseWorkflowException("上传的文件为空，请选择起草的文件草案。");
        }

        if (file.Length > limit)
        {
            throw new CaseWorkflowException(UploadLimit.Message(limit), StatusCodes.Status413PayloadTooLarge);
        }

        // The client's name is only a label: keep its last segment, never build a path from it.
        var fileName = Path.GetFileName(file.FileName.Replace('\\', '/'));
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".docx" or ".txt"))
        {
            throw new CaseWorkflowException("仅接受 Word 文档（.docx）或纯文本（.txt）格式的草案。", StatusCodes.Status415UnsupportedMediaType);
        }

        byte[] content;
        await using (var input = file.OpenReadStream())
        using (var buffer = new MemoryStream())
        {
            await input.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        var optionsJson = reviewer.CurrentOptionsJson();
        ReviewResult result;
        try
        {
            result = await reviewer.ReviewNowAsync(content, fileName, metadata, optionsJson, cancellationToken);
        }
        catch (DocumentReadException ex)
        {
            LogUnreadable(logger, ex.Reason, ex);
            throw new CaseWorkflowException($"无法读取该文件：{DocumentReadException.Describe(ex.Reason)}。", StatusCodes.Status422UnprocessableEntity);
        }

        // Once the review has run, the case is recorded whole (case, stored review, tracking entry) even if the request's
        // time limit falls now: a half-recorded case would be worse than an answer a moment late.
        var stored = await store.CreateAsync(new ReviewCase
        {
            Id = 0,
            FileName = fileName,
            Metadata = metadata,
            Unit = string.IsNullOrWhiteSpace(unit) ? submittedBy : unit.Trim(),
            SubmittedBy = submittedBy,
            SubmittedAt = clock.GetUtcNow(),
            Title = string.IsNullOrWhiteSpace(result.Document.Title) ? fileName : result.Document.Title,
            DocumentNumber = result.Document.DocumentNumber?.Raw,
        }, content, Store(1, result, optionsJson, submittedBy), CancellationToken.None);
        await recorder.RecordReceivedAsync(stored, result, submittedBy, CancellationToken.None);
        LogSubmitted(logger, stored.Id, result.Findings.Count);
        return new CaseView(stored, result, new Dictionary<string, FindingDecision>(), (await store.GetReviewAsync(stored.Id, null, CancellationToken.None))!);
    }

    /// <summary>
    /// Reviews an open case again with the configuration in force now, as a new revision; the earlier revisions stay in
    /// the history and decisions on findings that are still there carry over.
    /// </summary>
    public async Task<CaseView> ReReviewAsync(long id, string by, CancellationToken cancellationToken = default)
    {
        var reviewCase = await store.GetAsync(id, cancellationToken) ?? throw new CaseWorkflowException("案件不存在。", StatusCodes.Status404NotFound);
        if (reviewCase.IsConcluded)
        {
            throw new CaseWorkflowException("该案件已办结，审查结果已固定，不能重新审查。", StatusCodes.Status409Conflict);
        }

        var optionsJson = reviewer.CurrentOptionsJson();
        var content = await store.GetContentAsync(id, cancellationToken);
        var result = await reviewer.ReviewNowAsync(content, reviewCase.FileName, reviewCase.Metadata, optionsJson, cancellationToken);
        // As at submission: a review that has run is recorded whole.
        var revision = await store.NextRevisionAsync(id, CancellationToken.None);
        await store.AddReviewAsync(id, Store(revision, result, optionsJson, by), CancellationToken.None);
        LogReReviewed(logger, id, revision, result.Findings.Count);
        return (await LoadAsync(id, cancellationToken))!;
    }

    /// <summary>A case with its current review, or null when it does not exist.</summary>
    public async Task<CaseView?> LoadAsync(long id, CancellationToken cancellationToken = default)
    {
        var reviewCase = await store.GetAsync(id, cancellationToken);
        if (reviewCase is null)
        {
            return null;
        }

        var review = await store.GetReviewAsync(id, null, cancellationToken) ?? await BackfillAsync(reviewCase, cancellationToken);
        var decisions = await store.GetDecisionsAsync(id, cancellationToken);
        // The configuration stored with the review, not today's: reconfiguring the host does not change a case.
        var result = await reviewer.ReviewStoredAsync(
            id, review, ct => store.GetContentAsync(id, ct), reviewCase.FileName, reviewCase.Metadata, decisions, cancellationToken);
        return new CaseView(reviewCase, result, decisions.ToDictionary(d => d.FindingKey, StringComparer.Ordinal), review);
    }

    /// <summary>
    /// Accepts a finding, or rejects it with a reason: a rejection becomes a suppression of that finding in this case
    /// and, like an acceptance, a feedback row for retraining.
    /// </summary>
    public async Task DecideAsync(long id, string findingKey, bool accept, string? reason, string by, CancellationToken cancellationToken = default)
    {
        var view = await LoadAsync(id, cancellationToken) ?? throw new CaseWorkflowException("案件不存在。", StatusCodes.Status404NotFound);
        if (view.Case.IsConcluded)
        {
            throw new CaseWorkflowException("该案件已办结，不能再修改审核意见。", StatusCodes.Status409Conflict);
        }

        var finding = view.Result.Findings.FirstOrDefault(f => FindingKeys.Of(f) == findingKey)
            ?? throw new CaseWorkflowException("该审查发现不存在。", StatusCodes.Status404NotFound);
        if (finding.IsSuppressed && !view.Decisions.ContainsKey(findingKey))
        {
            // The suppression grain is rule + place + words: rejecting one finding there covers its siblings too.
            throw new CaseWorkflowException(
                $"该审查发现已被认定为合法（{finding.Suppression!.By}：{finding.Suppression.Reason}），无需另行决定；如需改变，请修改原不采纳决定。",
                StatusCodes.Status409Conflict);
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (!accept && reason is null)
        {
            throw new CaseWorkflowException("不采纳审查发现时，须说明该条款合法的理由。");
        }

        var paragraph = view.Result.Document.Paragraphs[Math.Clamp(finding.Location.ParagraphIndex, 0, view.Result.Document.Paragraphs.Count - 1)];
        await store.SaveDecisionAsync(id, new FindingDecision(
            findingKey, finding.RuleId, finding.Location.Label, finding.Quote, accept, reason, by, clock.GetUtcNow()), paragraph.Text, cancellationToken);
    }

    /// <summary>Concludes the case once every rule finding is decided (hints need no decision), and records it as concluded.</summary>
    public async Task<CaseView> ConcludeAsync(long id, string conclusion, string? note, string by, CancellationToken cancellationToken = default)
    {
        if (!Conclusions.Contains(conclusion, StringComparer.Ordinal))
        {
            throw new CaseWorkflowException("审核结论须为“合法”“修改后合法”或“不合法”之一。");
        }

        var view = await LoadAsync(id, cancellationToken) ?? throw new CaseWorkflowException("案件不存在。", StatusCodes.Status404NotFound);
        if (view.Case.IsConcluded)
        {
            throw new CaseWorkflowException("该案件已办结。", StatusCodes.Status409Conflict);
        }

        var open = view.Undecided.Count();
        if (open > 0)
        {
            throw new CaseWorkflowException($"尚有 {open} 项审查发现未作采纳或不采纳的决定，请逐项处理后再作结论。", StatusCodes.Status409Conflict);
        }

        if (conclusion == "合法" && view.Accepted.Any())
        {
            throw new CaseWorkflowException("已采纳需修改的审查发现，结论不能为“合法”；请选择“修改后合法”或“不合法”。");
        }

        var at = clock.GetUtcNow();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var concluded = view with { Case = view.Case with { Conclusion = conclusion, ConclusionNote = note, ConcludedBy = by, ConcludedAt = at } };

        // What was concluded is stored as generated: later downloads return these bytes, whatever the host's configuration.
        var generated = new Dictionary<string, ReviewDocument>(StringComparer.Ordinal)
        {
            [CaseDocuments.Opinion] = await documents.CreateOpinionAsync(concluded, cancellationToken),
            [CaseDocuments.Result] = new ReviewDocument(
                $"审查结果-{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json", "application/json",
                System.Text.Encoding.UTF8.GetBytes(ReviewJsonWriter.ToJson(concluded.Result))),
        };
        if (CaseDocuments.HasAnnotatedDraft(concluded.Case))
        {
            generated[CaseDocuments.Annotated] = await documents.CreateAnnotatedAsync(concluded, cancellationToken);
        }

        if (!await store.ConcludeAsync(id, conclusion, note, by, at, generated, cancellationToken))
        {
            throw new CaseWorkflowException("该案件已办结。", StatusCodes.Status409Conflict);
        }

        await recorder.RecordConcludedAsync(concluded.Case, concluded.Result, by, cancellationToken);
        return concluded;
    }

    // A case stored before reviews were kept has none: it is reviewed once with the configuration in force now and that
    // review is stored as its first revision, so the case opens and stays fixed from then on.
    private async Task<StoredReview> BackfillAsync(ReviewCase reviewCase, CancellationToken cancellationToken)
    {
        var optionsJson = reviewer.CurrentOptionsJson();
        var content = await store.GetContentAsync(reviewCase.Id, cancellationToken);
        var result = await reviewer.ReviewNowAsync(content, reviewCase.FileName, reviewCase.Metadata, optionsJson, cancellationToken);
        var revision = await store.NextRevisionAsync(reviewCase.Id, cancellationToken);
        await store.AddReviewAsync(reviewCase.Id, Store(revision, result, optionsJson, "系统（补录审查结果）"), cancellationToken);
        LogBackfilled(logger, reviewCase.Id);
        return (await store.GetReviewAsync(reviewCase.Id, null, cancellationToken))!;
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Case {CaseId} had no stored review (created by an earlier version); reviewed now and stored as its first revision")]
    private static partial void LogBackfilled(ILogger logger, long caseId);

    private StoredReview Store(int revision, ReviewResult result, string optionsJson, string by) => new(
        revision,
        clock.GetUtcNow(),
        by,
        $"LegalReview {CaseReviewer.LibraryVersion}；{result.RulesRun.Count} 条规则；{result.Profile.Name}",
        optionsJson,
        ReviewJsonWriter.ToJson(result),
        [.. result.Findings.Select(FindingKeys.Of)]);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Case {CaseId} re-reviewed as revision {Revision} with {Findings} findings")]
    private static partial void LogReReviewed(ILogger logger, long caseId, int revision, int findings);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Case {CaseId} received with {Findings} findings")]
    private static partial void LogSubmitted(ILogger logger, long caseId, int findings);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Upload refused as unreadable ({Error})")]
    private static partial void LogUnreadable(ILogger logger, DocumentReadError error, Exception exception);
}
