using LegalReview.SampleHost.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.SampleHost.Pages;

/// <summary>The start page sends each role where its work is.</summary>
[Authorize(Roles = Roles.CaseReaders)]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => User.IsInRole(Roles.Admin) && !User.IsInRole(Roles.Reviewer)
        ? RedirectToPage("/Admin/Users")
        : RedirectToPage("/Cases/Index");
}
