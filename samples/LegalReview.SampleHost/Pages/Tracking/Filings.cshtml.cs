using LegalReview.SampleHost.Api;
using LegalReview.SampleHost.Security;
using LegalReview.Tracking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.SampleHost.Pages.Tracking;

/// <summary>The filing dashboard (备案): every filing with its running deadline; overdue and due-soon ones stand out.</summary>
[Authorize(Roles = TrackingApi.Staff)]
public sealed class FilingsModel(ITrackingStore store, TrackingWorkflow workflow) : PageModel
{
    /// <summary>How far ahead a deadline counts as due soon, in calendar days.</summary>
    public const int DueSoonDays = 7;

    public IReadOnlyList<Filing> Filings { get; private set; } = [];

    public DateOnly Today => workflow.Today;

    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAdvanceAsync(string id, FilingStatus to, string? reason, string? noticeNumber, long version, CancellationToken cancellationToken)
    {
        try
        {
            var filing = await workflow.AdvanceFilingAsync(id, to, User.Identity!.Name!, string.IsNullOrWhiteSpace(reason) ? TrackingNames.Chinese(to) : reason.Trim(), noticeNumber: string.IsNullOrWhiteSpace(noticeNumber) ? null : noticeNumber.Trim(), expectedVersion: version, ct: cancellationToken);
            Notice = $"{filing.DocumentNumber}已变更为“{TrackingNames.Chinese(filing.Status)}”。";
            return RedirectToPage();
        }
        catch (TrackingException ex)
        {
            // The typed errors carry the reason in Chinese (which states are allowed, a stale version, a missing notice number).
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    /// <summary>Filings with a running deadline come first, nearest deadline first; closed ones follow by publication.</summary>
    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Filings = (await store.ListFilingsAsync(ct: cancellationToken))
            .OrderBy(f => f.PendingDeadline is null)
            .ThenBy(f => f.PendingDeadline)
            .ToList();

    /// <summary>"overdue", "due-soon" or empty, for the row's class.</summary>
    public string Urgency(Filing f) => f.PendingDeadline switch
    {
        { } due when due < Today => "overdue",
        { } due when due <= Today.AddDays(DueSoonDays) => "due-soon",
        _ => string.Empty,
    };
}
