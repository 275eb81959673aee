using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.SampleHost.Pages.Cases;

/// <summary>Reviewers and administrators see every case; a drafting unit sees the cases it submitted.</summary>
[Authorize(Roles = Roles.CaseReaders)]
public sealed class IndexModel(CaseStore store) : PageModel
{
    public IReadOnlyList<ReviewCase> Cases { get; private set; } = [];

    /// <summary>Reviewers and administrators may open the draft-marked letter before the conclusion; a drafting unit may not.</summary>
    public bool SeesPreviews => UserClaims.IsReviewerOrAdmin(User);

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var onlyOwn = !User.IsInRole(Roles.Reviewer) && !User.IsInRole(Roles.Admin);
        Cases = await store.ListAsync(onlyOwn ? User.Identity!.Name : null, cancellationToken);
    }
}
