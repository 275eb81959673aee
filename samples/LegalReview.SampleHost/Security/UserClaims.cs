using System.Globalization;
using System.Security.Claims;
using LegalReview.SampleHost.Data;

namespace LegalReview.SampleHost.Security;

/// <summary>The claims a signed-in user carries, whether signed in by cookie or API key.</summary>
public static class UserClaims
{
    /// <summary>The claim carrying the user's security stamp at sign-in.</summary>
    public const string StampClaim = "legalreview:stamp";

    public static ClaimsIdentity Identity(AppUser user, string authenticationType) => new(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(StampClaim, user.SecurityStamp),
        ],
        authenticationType,
        ClaimTypes.Name,
        ClaimTypes.Role);

    /// <summary>Whether the user reviews or administers (sees every case and the pre-conclusion previews).</summary>
    public static bool IsReviewerOrAdmin(ClaimsPrincipal user) => user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin);

    /// <summary>Whether the user may see a case: reviewers and administrators all of them, a drafting unit its own.</summary>
    public static bool CanRead(ClaimsPrincipal user, Data.ReviewCase reviewCase) =>
        user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin)
        || (user.IsInRole(Roles.Drafter) && string.Equals(reviewCase.SubmittedBy, user.Identity?.Name, StringComparison.OrdinalIgnoreCase));
}
