using LegalReview.SampleHost.Cases;
using LegalReview.SampleHost.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.SampleHost.Pages.Cases;

/// <summary>The reviewer's page: the draft with findings highlighted, a decision per finding, and the conclusion.</summary>
[Authorize(Roles = Roles.Reviewer)]
public sealed class ReviewModel(CaseWorkflow workflow, Microsoft.Extensions.Options.IOptions<SampleHostOptions> options) : PageModel
{
    public CaseView? View { get; private set; }

    /// <summary>The page of findings shown (1-based); findings beyond <see cref="SampleHostOptions.FindingsPerPage"/> are on further pages.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageSize => Math.Max(1, options.Value.FindingsPerPage);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        View = await workflow.LoadAsync(id, cancellationToken);
        return View is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(long id, string key, bool accept, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await workflow.DecideAsync(id, key, accept, reason, User.Identity!.Name!, cancellationToken);
            Notice = accept ? "已采纳该审查发现。" : "已不采纳该审查发现，理由已记录。";
            return Redirect(Url.Page("/Cases/Review", new { id, p = PageNumber }) + "#f-" + key);
        }
        catch (CaseWorkflowException ex)
        {
            return await ShowErrorAsync(id, ex, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAcceptManyAsync(long id, string[]? keys, CancellationToken cancellationToken)
    {
        if (keys is not { Length: > 0 })
        {
            return await ShowErrorAsync(id, new CaseWorkflowException("请先勾选要采纳的审查发现。"), cancellationToken);
        }

        try
        {
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                await workflow.DecideAsync(id, key, accept: true, reason: null, User.Identity!.Name!, cancellationToken);
            }

            Notice = $"已采纳所选的 {keys.Distinct(StringComparer.Ordinal).Count()} 项审查发现。";
            return RedirectToPage("/Cases/Review", new { id, p = PageNumber });
        }
        catch (CaseWorkflowException ex)
        {
            return await ShowErrorAsync(id, ex, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostReReviewAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            var view = await workflow.ReReviewAsync(id, User.Identity!.Name!, cancellationToken);
            var hints = view.Result.Findings.Count(f => f.Source != LegalReview.Review.FindingSource.Rule);
            Notice = $"已按当前配置重新审查（第 {view.Review.Revision} 版，审查发现 {view.Result.Findings.Count - hints} 项{(hints > 0 ? $"，模型提示 {hints} 项" : string.Empty)}）；此前各版审查结果保留在审查历史中。";
            return RedirectToPage("/Cases/Review", new { id });
        }
        catch (CaseWorkflowException ex)
        {
            return await ShowErrorAsync(id, ex, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostConcludeAsync(long id, string conclusion, string? note, CancellationToken cancellationToken)
    {
        try
        {
            await workflow.ConcludeAsync(id, conclusion ?? string.Empty, note, User.Identity!.Name!, cancellationToken);
            Notice = $"已作出“{conclusion}”的审核结论，案件办结。";
            return RedirectToPage("/Cases/Review", new { id });
        }
        catch (CaseWorkflowException ex)
        {
            return await ShowErrorAsync(id, ex, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowErrorAsync(long id, CaseWorkflowException ex, CancellationToken cancellationToken)
    {
        View = await workflow.LoadAsync(id, cancellationToken);
        if (View is null)
        {
            return NotFound();
        }

        ModelState.AddModelError(string.Empty, ex.Message);
        Response.StatusCode = ex.StatusCode;
        return Page();
    }
}
