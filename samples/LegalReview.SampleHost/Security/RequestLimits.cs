using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;

namespace LegalReview.SampleHost.Security;

/// <summary>
/// What one user may cost: requests per minute for everything (per signed-in user, or per address when signed out),
/// reviews per minute for submissions and re-reviews, and a time limit on every request. Refusals are answered in
/// Chinese: problem JSON for the API, the error page otherwise.
/// </summary>
public static class RequestLimits
{
    /// <summary>The rate-limiting policy of the endpoints that start a review.</summary>
    public const string ReviewPolicy = "reviews";

    /// <summary>The rate-limiting policy of the sign-in page, per client address (the account lockout is per user).</summary>
    public const string SignInPolicy = "signin";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, SampleHostOptions host)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
                Partition(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, host.RequestsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(ReviewPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                Partition(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, host.ReviewsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(SignInPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                "ip:" + http.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, host.SignInsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await WriteAsync(http, StatusCodes.Status429TooManyRequests, "请求过于频繁", "您在短时间内提交的请求过多，请稍候一分钟再试。");
            };
        });

        services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(host.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = http => WriteAsync(http, StatusCodes.Status504GatewayTimeout, "处理超时",
                string.Create(CultureInfo.InvariantCulture, $"请求处理超过 {host.RequestTimeoutSeconds:0.#} 秒，已中止。草案较大时请拆分后重新报送，或稍后再试。")),
        });
        return services;
    }

    /// <summary>The signed-in user's name, or the client's address when signed out.</summary>
    private static string Partition(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name.ToUpperInvariant() : "ip:" + http.Connection.RemoteIpAddress;

    private static async Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(http);
            return;
        }

        await ErrorPage.WriteAsync(http, title, detail);
    }
}
