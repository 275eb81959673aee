using System.Security.Claims;
using System.Text.Encodings.Web;
using LegalReview.SampleHost.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LegalReview.SampleHost.Security;

/// <summary>
/// Authenticates machine clients by the <c>X-Api-Key</c> header: a key the administrator issued to a user, which
/// carries that user's role. Only the JSON API accepts it.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserStore users) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }

        if (!Request.Path.StartsWithSegments("/api") && !Request.Path.StartsWithSegments("/openapi"))
        {
            return AuthenticateResult.Fail("API keys are accepted by the JSON API only.");
        }

        var user = await users.FindByApiKeyAsync(values[0]!, Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }

        var principal = new ClaimsPrincipal(UserClaims.Identity(user, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
