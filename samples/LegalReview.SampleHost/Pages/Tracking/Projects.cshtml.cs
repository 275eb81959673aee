using System.ComponentModel.DataAnnotations;
using LegalReview.SampleHost.Api;
using LegalReview.SampleHost.Security;
using LegalReview.Tracking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.SampleHost.Pages.Tracking;

/// <summary>The project library board (项目库): a plan year's items in columns by stage.</summary>
[Authorize(Roles = TrackingApi.Staff)]
public sealed class ProjectsModel(ITrackingStore store, TrackingWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<ProjectEntry> Projects { get; private set; } = [];

    [BindProperty]
    public NewProjectInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var entry = await workflow.AddProjectAsync(Input.Year, Input.Title.Trim(), Input.Source, Input.DraftingUnit.Trim(), Input.PlannedOn, User.Identity!.Name!, ct: cancellationToken);
        Notice = $"已将“{entry.Title}”列入 {entry.Year} 年项目库（{TrackingNames.Chinese(entry.Status)}）。";
        return RedirectToPage(new { year = entry.Year });
    }

    public async Task<IActionResult> OnPostAdvanceAsync(string id, ProjectStatus to, string? reason, long version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            var entry = await workflow.AdvanceProjectAsync(id, to, User.Identity!.Name!, why ?? TrackingNames.Chinese(to), refusalReason: to == ProjectStatus.Refused ? why : null, expectedVersion: version, ct: cancellationToken);
            Notice = $"“{entry.Title}”已进入“{TrackingNames.Chinese(entry.Status)}”阶段。";
            return RedirectToPage(new { year = Year });
        }
        catch (TrackingException ex)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Projects = await store.ListProjectsAsync(Year, cancellationToken);
        Input.Year = Input.Year == 0 ? Year ?? workflow.Today.Year : Input.Year;
    }

    public sealed class NewProjectInput
    {
        [Range(2000, 2100, ErrorMessage = "年度须在 2000 至 2100 之间。")]
        public int Year { get; set; }

        [Required(ErrorMessage = "请填写文件名称。")]
        public string Title { get; set; } = string.Empty;

        public ProjectSource Source { get; set; } = ProjectSource.Applied;

        [Required(ErrorMessage = "请填写起草单位。")]
        public string DraftingUnit { get; set; } = string.Empty;

        public DateOnly? PlannedOn { get; set; }
    }
}
