using System.Globalization;
using LegalReview.Generation.Statistics;
using LegalReview.SampleHost.Security;
using LegalReview.SampleHost.Tracking;
using LegalReview.Tracking;
using Microsoft.AspNetCore.Authorization;

namespace LegalReview.SampleHost.Api;

/// <summary>
/// The JSON API over the tracking store: filings (备案), the project library (项目库) and the annual statistics.
/// Filing and project records are the review office's business, so drafting units have no access.
/// </summary>
public static class TrackingApi
{
    public const string Staff = Roles.Reviewer + "," + Roles.Admin;

    private const string Json = "application/json";

    public static void MapTrackingApi(this IEndpointRouteBuilder app)
    {
        var staff = new AuthorizeAttribute { Roles = Staff };

        var filings = app.MapGroup("/api/filings").WithTags("备案");
        filings.MapGet("/", async (ITrackingStore store, CancellationToken ct) => Results.Ok(await store.ListFilingsAsync(ct: ct)))
            .WithName("ListFilings").WithSummary("列出备案记录")
            .Produces<IReadOnlyList<Filing>>(StatusCodes.Status200OK, Json)
            .RequireAuthorization(staff);
        filings.MapPost("/", AddFilingAsync)
            .DisableAntiforgery().AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName("AddFiling").WithSummary("登记报送或收到的备案")
            .Produces<Filing>(StatusCodes.Status201Created, Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(staff);
        filings.MapPost("/{id}/transitions", AdvanceFilingAsync)
            .DisableAntiforgery().AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName("AdvanceFiling").WithSummary("推进备案流程（状态变更）")
            .Produces<Filing>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(staff);

        var projects = app.MapGroup("/api/projects").WithTags("项目库");
        projects.MapGet("/", async (int? year, ITrackingStore store, CancellationToken ct) => Years.Problem(year) ?? Results.Ok(await store.ListProjectsAsync(year, ct)))
            .WithName("ListProjects").WithSummary("列出项目库条目（可按年度）")
            .Produces<IReadOnlyList<ProjectEntry>>(StatusCodes.Status200OK, Json)
            .RequireAuthorization(staff);
        projects.MapPost("/", AddProjectAsync)
            .DisableAntiforgery().AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName("AddProject").WithSummary("新增项目库条目")
            .Produces<ProjectEntry>(StatusCodes.Status201Created, Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(staff);
        projects.MapPost("/{id}/transitions", AdvanceProjectAsync)
            .DisableAntiforgery().AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithName("AdvanceProject").WithSummary("推进项目库条目（阶段变更）")
            .Produces<ProjectEntry>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(staff);

        var statistics = app.MapGroup("/api/statistics").WithTags("统计");
        statistics.MapGet("/{year}", async (int year, ITrackingStore store, CancellationToken ct) =>
            {
                if (Years.Problem(year) is { } invalid)
                {
                    return invalid;
                }

                var figures = await store.GetAnnualStatisticsAsync(year, ct);
                return Results.Ok(new StatisticsResponse(figures, AnnualStatisticsText.Write(figures)));
            })
            .WithName("GetStatistics").WithSummary("年度统计数据及年度报告段落")
            .Produces<StatisticsResponse>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(staff);
        statistics.MapGet("/{year}/docx", async (int year, ITrackingStore store, CancellationToken ct) =>
            {
                if (Years.Problem(year) is { } invalid)
                {
                    return invalid;
                }

                var figures = await store.GetAnnualStatisticsAsync(year, ct);
                using var output = new MemoryStream();
                AnnualStatisticsDocxWriter.Write(AnnualStatisticsText.Report(figures), output);
                return Results.File(output.ToArray(), Documents.DocxReviewDocumentsProvider.DocxContentType, $"{year.ToString(CultureInfo.InvariantCulture)}年度规范性文件审核备案统计.docx");
            })
            .WithName("GetStatisticsDocx").WithSummary("下载年度统计（.docx）")
            .Produces(StatusCodes.Status200OK, contentType: Documents.DocxReviewDocumentsProvider.DocxContentType)
            .RequireAuthorization(staff);

        app.MapPost("/api/tracking/seed", async (TrackingSeed seed, CancellationToken ct) =>
                await seed.ImportAsync(ct)
                    ? Results.NoContent()
                    : Results.Problem(title: "无法导入", detail: "示例数据已导入过，未重复导入。", statusCode: StatusCodes.Status409Conflict))
            .WithTags("统计").WithName("ImportTrackingSeed").WithSummary("导入 2024 年示例跟踪数据")
            .DisableAntiforgery().AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Admin });
    }

    private static async Task<IResult> AddFilingAsync(FilingRequest request, HttpContext http, TrackingWorkflow workflow, CancellationToken ct)
    {
        if (Missing(request.DocumentNumber, request.Title, request.FilingUnit, request.Recipient) is { } missing)
        {
            return missing;
        }

        var actor = http.User.Identity!.Name!;
        try
        {
            Filing filing;
            if (request.Direction is FilingDirection.ToUpperGovernment or FilingDirection.ToPeoplesCongress)
            {
                filing = await workflow.AddOutgoingFilingAsync(request.Direction, request.DocumentNumber.Trim(), request.Title.Trim(), request.FilingUnit.Trim(), request.Recipient.Trim(), request.PublishedOn, actor, ct);
            }
            else if (request.ReceivedOn is { } receivedOn)
            {
                filing = await workflow.ReceiveFilingAsync(request.Direction, request.DocumentNumber.Trim(), request.Title.Trim(), request.FilingUnit.Trim(), request.Recipient.Trim(), request.PublishedOn, receivedOn, actor, ct);
            }
            else
            {
                return Results.Problem(title: "无法办理", detail: "收到的备案须填写收文日期（receivedOn）。", statusCode: StatusCodes.Status400BadRequest);
            }

            return Results.Created($"/api/filings/{filing.Id}", filing);
        }
        catch (TrackingException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<IResult> AdvanceFilingAsync(string id, FilingTransitionRequest request, HttpContext http, TrackingWorkflow workflow, CancellationToken ct)
    {
        try
        {
            return Results.Ok(await workflow.AdvanceFilingAsync(id, request.To, http.User.Identity!.Name!, request.Reason ?? string.Empty, request.On, request.NoticeNumber, request.ExpectedVersion, ct));
        }
        catch (TrackingException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<IResult> AddProjectAsync(ProjectRequest request, HttpContext http, TrackingWorkflow workflow, CancellationToken ct)
    {
        if (Missing(request.Title, request.DraftingUnit) is { } missing)
        {
            return missing;
        }

        if (Years.Problem(request.Year) is { } invalid)
        {
            return invalid;
        }

        try
        {
            var entry = await workflow.AddProjectAsync(request.Year, request.Title.Trim(), request.Source, request.DraftingUnit.Trim(), request.PlannedOn, http.User.Identity!.Name!, ct: ct);
            return Results.Created($"/api/projects/{entry.Id}", entry);
        }
        catch (TrackingException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<IResult> AdvanceProjectAsync(string id, ProjectTransitionRequest request, HttpContext http, TrackingWorkflow workflow, CancellationToken ct)
    {
        try
        {
            return Results.Ok(await workflow.AdvanceProjectAsync(id, request.To, http.User.Identity!.Name!, request.Reason ?? string.Empty, request.On, request.RefusalReason, request.ExpectedVersion, ct));
        }
        catch (TrackingException ex)
        {
            return Problem(ex);
        }
    }

    private static IResult? Missing(params string?[] values) =>
        values.Any(string.IsNullOrWhiteSpace)
            ? Results.Problem(title: "无法办理", detail: "文号、标题、单位等必填项不能为空。", statusCode: StatusCodes.Status400BadRequest)
            : null;

    /// <summary>The typed tracking errors carry a Chinese message meant for the user; their kind gives the status.</summary>
    private static IResult Problem(TrackingException ex) => Results.Problem(
        title: "无法办理",
        detail: ex.Message,
        statusCode: ex switch
        {
            TrackingRecordNotFoundException => StatusCodes.Status404NotFound,
            InvalidTransitionException or ConcurrencyConflictException => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        });
}
