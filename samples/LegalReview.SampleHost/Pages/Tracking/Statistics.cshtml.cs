using LegalReview.SampleHost.Api;
using LegalReview.SampleHost.Security;
using LegalReview.SampleHost.Tracking;
using LegalReview.Tracking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.SampleHost.Pages.Tracking;

/// <summary>The year's figures as the annual report states them, with the .docx download; administrators import the seed here.</summary>
[Authorize(Roles = TrackingApi.Staff)]
public sealed class StatisticsModel(ITrackingStore store, TrackingWorkflow workflow, TrackingSeed seed) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public AnnualStatistics Statistics { get; private set; } = null!;

    public string Text { get; private set; } = string.Empty;

    public IReadOnlyList<(string Item, int Count)> Figures { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Years.Check(Year) is { } invalid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await Security.ErrorPage.WriteAsync(HttpContext, "年份无效", invalid);
            return new EmptyResult();
        }

        // The page opens on the current year; the annual report's year is one click away.
        Year ??= workflow.Today.Year;
        Statistics = await store.GetAnnualStatisticsAsync(Year.Value, cancellationToken);
        Text = AnnualStatisticsText.Write(Statistics);
        Figures = AnnualStatisticsText.Figures(Statistics);
        return Page();
    }

    public async Task<IActionResult> OnPostImportSeedAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        Notice = await seed.ImportAsync(cancellationToken)
            ? "已导入 2024 年示例数据（备案、项目库、合法性审核案件）。"
            : "示例数据已导入过，未重复导入。";
        return RedirectToPage(new { year = 2024 });
    }
}
