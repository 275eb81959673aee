using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LegalReview.SampleHost.Api;

/// <summary>
/// A browser sends the sign-in cookie on any request, so an API call authenticated by cookie must carry the antiforgery
/// token (header <c>RequestVerificationToken</c> or form field). Calls with an API key carry no ambient credential and
/// need none.
/// </summary>
public sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
        {
            await antiforgery.ValidateRequestAsync(http);
        }

        return await next(context);
    }
}
