using LegalReview.SampleHost.Cases;
using LegalReview.SampleHost.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LegalReview.SampleHost.Pages.Cases;

[Authorize(Roles = Roles.Drafter)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RequestLimits.ReviewPolicy)]
public sealed class SubmitModel(CaseWorkflow workflow, IOptions<SampleHostOptions> options, LegalReview.SampleHost.Data.UserStore users) : PageModel
{
    /// <summary>The unit the signed-in drafting user is bound to, or null when it enters one.</summary>
    public string? BoundUnit { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        BoundUnit = (await users.FindByNameAsync(User.Identity!.Name!, HttpContext.RequestAborted))?.Unit;
        await next();
    }

    [BindProperty]
    public MetadataInput Metadata { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string LimitText => UploadLimit.FormatSize(options.Value.MaxUploadBytes);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), "请选择草案文件。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var view = await workflow.SubmitAsync(Upload!, Metadata.ToMetadata(), Metadata.Unit ?? string.Empty, User.Identity!.Name!, cancellationToken);
            var open = view.Result.ActiveFindings.Count();
            Notice = $"《{view.Case.Title.Trim('《', '》')}》已报送（案件编号 {view.Case.Id}），系统初步审查提示 {open} 项问题，待审核人员审核。";
            return RedirectToPage("/Cases/Index");
        }
        catch (CaseWorkflowException ex)
        {
            if (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            }

            ModelState.AddModelError(nameof(Upload), ex.Message);
            return Page();
        }
    }
}
