using System.Globalization;
using System.Security.Claims;
using LegalReview.SampleHost.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LegalReview.SampleHost.Security;

/// <summary>
/// Checks every cookie session against the user's current record: a session whose security stamp no longer matches
/// (signed out, password, role or status changed) or whose user is disabled or gone is rejected at once, not when the
/// cookie expires.
/// </summary>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        AppUser? user = null;
        if (long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            user = await users.FindByIdAsync(id, context.HttpContext.RequestAborted);
        }

        var stamp = principal?.FindFirstValue(UserClaims.StampClaim);
        if (user is null || user.Disabled || string.IsNullOrEmpty(stamp) || !string.Equals(stamp, user.SecurityStamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
