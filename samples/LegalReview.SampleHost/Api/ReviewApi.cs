using System.Globalization;
using LegalReview.Generation.Json;
using LegalReview.SampleHost.Cases;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Documents;
using LegalReview.SampleHost.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LegalReview.SampleHost.Api;

/// <summary>
/// The JSON API beside the pages. Clients authenticate with the sign-in cookie (plus the antiforgery token on POST) or
/// with an <c>X-Api-Key</c> header issued by the administrator. Review results are in the library's JSON schema
/// (<see cref="ReviewJsonWriter"/>).
/// </summary>
public static class ReviewApi
{
    private const string Json = "application/json";

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/reviews").WithTags("审查").ProducesProblem(StatusCodes.Status401Unauthorized);

        reviews.MapPost("/", SubmitAsync)
            .WithName("SubmitReview")
            .WithSummary("报送草案并审查")
            .WithDescription("以 multipart/form-data 上传草案（字段 file，.docx 或 .txt），可附审查元数据字段；返回 201、Location 和审查结果 JSON。")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status201Created, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery()
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .RequireRateLimiting(RequestLimits.ReviewPolicy)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Drafter });

        reviews.MapGet("/{id:long}", GetAsync)
            .WithName("GetReview")
            .WithSummary("取得案件的当前审查结果（已不采纳的发现标为 suppressed；发现较多时分页返回，见 paging，以 offset、limit 参数取其余部分）")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.CaseReaders });

        reviews.MapGet("/{id:long}/opinion", (long id, HttpContext http, CaseWorkflow workflow, CaseStore store, IReviewDocumentsProvider documents, CancellationToken ct) =>
                DownloadAsync(id, CaseDocuments.Opinion, http, workflow, store, documents.CreateOpinionAsync, ct))
            .WithName("GetOpinion")
            .WithSummary("下载合法性审核意见书（办结前仅审核人员可取得标注“征求意见稿”的草稿；起草单位在办结后取得）")
            .Produces(StatusCodes.Status200OK, contentType: DocxReviewDocumentsProvider.DocxContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.CaseReaders });

        reviews.MapGet("/{id:long}/annotated", (long id, HttpContext http, CaseWorkflow workflow, CaseStore store, IReviewDocumentsProvider documents, CancellationToken ct) =>
                DownloadAsync(id, CaseDocuments.Annotated, http, workflow, store, documents.CreateAnnotatedAsync, ct))
            .WithName("GetAnnotated")
            .WithSummary("下载审查批注稿（仅 .docx 草案；起草单位在办结后取得）")
            .Produces(StatusCodes.Status200OK, contentType: DocxReviewDocumentsProvider.DocxContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.CaseReaders });

        reviews.MapPost("/{id:long}/rereview", ReReviewAsync)
            .WithName("ReReview")
            .WithSummary("按当前配置重新审查未办结的案件（新增一版审查结果，原结果保留在历史中）")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .RequireRateLimiting(RequestLimits.ReviewPolicy)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Reviewer });

        reviews.MapGet("/{id:long}/revisions", ListRevisionsAsync)
            .WithName("ListRevisions")
            .WithSummary("案件的审查历史：每一版审查结果的时间、规则集版本和发现数")
            .Produces<IReadOnlyList<RevisionResponse>>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.CaseReaders });

        reviews.MapGet("/{id:long}/revisions/{revision:int}", GetRevisionAsync)
            .WithName("GetRevision")
            .WithSummary("某一版审查结果（报送或重新审查时保存的原样 JSON）")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.CaseReaders });

        reviews.MapPost("/{id:long}/findings/{key}/decision", DecideAsync)
            .WithName("DecideFinding")
            .WithSummary("采纳或不采纳一项审查发现（不采纳须说明理由，记为该案件的豁免）")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Reviewer });

        reviews.MapPost("/{id:long}/conclusion", ConcludeAsync)
            .WithName("ConcludeReview")
            .WithSummary("作出审核结论并办结案件")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Reviewer });

        return app;
    }

    private static async Task<IResult> SubmitAsync(IFormFile? file, [FromForm] MetadataInput? metadata, HttpContext http, CaseWorkflow workflow, CancellationToken ct)
    {
        if (file is null)
        {
            return Problem(new CaseWorkflowException("请以 file 字段上传草案文件。"));
        }

        // The binder gives no object when the request carries no metadata field at all.
        metadata ??= new MetadataInput();
        try
        {
            var view = await workflow.SubmitAsync(file, metadata.ToMetadata(), metadata.Unit ?? string.Empty, http.User.Identity!.Name!, ct);
            http.Response.Headers.Location = $"/api/reviews/{view.Case.Id.ToString(CultureInfo.InvariantCulture)}";
            return Results.Text(Bounded(http, ReviewJsonWriter.ToJson(view.Result), null, null), Json, statusCode: StatusCodes.Status201Created);
        }
        catch (CaseWorkflowException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<IResult> GetAsync(long id, int? offset, int? limit, HttpContext http, CaseWorkflow workflow, CaseStore store, CancellationToken ct)
    {
        var reviewCase = await store.GetAsync(id, ct);
        if (reviewCase is null || !UserClaims.CanRead(http.User, reviewCase))
        {
            return reviewCase is null ? NotFound() : Results.Forbid();
        }

        if (reviewCase.IsConcluded && await store.GetDocumentAsync(id, CaseDocuments.Result, ct) is { } concluded)
        {
            var stored = System.Text.Encoding.UTF8.GetString(concluded.Content);
            var bounded = Bounded(http, stored, offset, limit);
            return ReferenceEquals(bounded, stored) ? Results.Bytes(concluded.Content, Json) : Results.Text(bounded, Json);
        }

        var view = await workflow.LoadAsync(id, ct);
        if (view is null || !UserClaims.CanRead(http.User, view.Case))
        {
            return view is null ? NotFound() : Results.Forbid();
        }

        return Results.Text(Bounded(http, ReviewJsonWriter.ToJson(view.Result), offset, limit), Json);
    }

    private static string Bounded(HttpContext http, string json, int? offset, int? limit) =>
        FindingPaging.Slice(json, offset, limit, http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SampleHostOptions>>().Value.MaxFindingsPerResponse);

    private static async Task<IResult> DownloadAsync(long id, string kind, HttpContext http, CaseWorkflow workflow, CaseStore store, Func<CaseView, CancellationToken, Task<ReviewDocument>> create, CancellationToken ct)
    {
        var reviewCase = await store.GetAsync(id, ct);
        if (reviewCase is null || !UserClaims.CanRead(http.User, reviewCase))
        {
            return reviewCase is null ? NotFound() : Results.Forbid();
        }

        if (kind == CaseDocuments.Annotated && !CaseDocuments.HasAnnotatedDraft(reviewCase))
        {
            return Results.Problem(title: "没有批注稿", detail: DocxReviewDocumentsProvider.NoAnnotatedDraft, statusCode: StatusCodes.Status404NotFound);
        }

        ReviewDocument? document;
        if (reviewCase.IsConcluded)
        {
            // Exactly what was concluded, as stored then.
            document = await store.GetDocumentAsync(id, kind, ct);
            if (document is null)
            {
                return Results.Problem(title: "文书不存在", detail: "该案件办结时未生成此文书。", statusCode: StatusCodes.Status404NotFound);
            }
        }
        else if (!UserClaims.IsReviewerOrAdmin(http.User))
        {
            return Results.Problem(title: "尚未办结", detail: NotConcluded, statusCode: StatusCodes.Status409Conflict);
        }
        else
        {
            var view = await workflow.LoadAsync(id, ct);
            try
            {
                document = await create(view!, ct);
            }
            catch (CaseWorkflowException ex)
            {
                return Problem(ex);
            }
        }

        // Results.File writes both filename and the RFC 5987 filename* the Chinese name needs.
        return Results.File(document.Content, document.ContentType, document.FileName);
    }

    /// <summary>What a drafting unit is told when it asks for the letter before the conclusion.</summary>
    public const string NotConcluded = "审核机构尚未作出审核结论。审核意见书和批注稿在案件办结后提供。";

    private static async Task<IResult> ReReviewAsync(long id, HttpContext http, CaseWorkflow workflow, CancellationToken ct)
    {
        try
        {
            var view = await workflow.ReReviewAsync(id, http.User.Identity!.Name!, ct);
            return Results.Text(Bounded(http, ReviewJsonWriter.ToJson(view.Result), null, null), Json);
        }
        catch (CaseWorkflowException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<IResult> ListRevisionsAsync(long id, HttpContext http, CaseStore store, CancellationToken ct)
    {
        var reviewCase = await store.GetAsync(id, ct);
        if (reviewCase is null || !UserClaims.CanRead(http.User, reviewCase))
        {
            return reviewCase is null ? NotFound() : Results.Forbid();
        }

        var revisions = await store.ListReviewsAsync(id, ct);
        return Results.Ok(revisions.Select(r => new RevisionResponse(r.Revision, r.CreatedAt, r.CreatedBy, r.RuleSetVersion, r.FindingCount)).ToList());
    }

    private static async Task<IResult> GetRevisionAsync(long id, int revision, HttpContext http, CaseStore store, CancellationToken ct)
    {
        var reviewCase = await store.GetAsync(id, ct);
        if (reviewCase is null || !UserClaims.CanRead(http.User, reviewCase))
        {
            return reviewCase is null ? NotFound() : Results.Forbid();
        }

        var stored = await store.GetReviewAsync(id, revision, ct);
        return stored is null
            ? Results.Problem(title: "审查版本不存在", statusCode: StatusCodes.Status404NotFound)
            : Results.Text(Bounded(http, stored.ResultJson, null, null), Json);
    }

    private static async Task<IResult> DecideAsync(long id, string key, DecisionRequest request, HttpContext http, CaseWorkflow workflow, CancellationToken ct)
    {
        try
        {
            await workflow.DecideAsync(id, key, request.Accept, request.Reason, http.User.Identity!.Name!, ct);
            return Results.NoContent();
        }
        catch (CaseWorkflowException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<IResult> ConcludeAsync(long id, ConclusionRequest request, HttpContext http, CaseWorkflow workflow, CancellationToken ct)
    {
        try
        {
            var view = await workflow.ConcludeAsync(id, request.Conclusion, request.Note, http.User.Identity!.Name!, ct);
            return Results.Text(Bounded(http, ReviewJsonWriter.ToJson(view.Result), null, null), Json);
        }
        catch (CaseWorkflowException ex)
        {
            return Problem(ex);
        }
    }

    private static IResult NotFound() => Results.Problem(title: "案件不存在", statusCode: StatusCodes.Status404NotFound);

    private static IResult Problem(CaseWorkflowException ex) => Results.Problem(title: "无法办理", detail: ex.Message, statusCode: ex.StatusCode);
}
