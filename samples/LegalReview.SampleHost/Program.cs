using LegalReview;
using LegalReview.SampleHost;
using LegalReview.SampleHost.Api;
using LegalReview.SampleHost.Cases;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Documents;
using LegalReview.SampleHost.Security;
using LegalReview.SampleHost.Tracking;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

var command = args.Length > 0 && args[0] == CreateAdminCommand.Name ? args : null;
var builder = WebApplication.CreateBuilder(command is null ? args : args[Math.Min(2, args.Length)..]);

builder.Services.Configure<SampleHostOptions>(builder.Configuration.GetSection(SampleHostOptions.SectionName));
builder.Services.AddOptions<FormOptions>().Configure<IOptions<SampleHostOptions>>((form, host) =>
    form.MultipartBodyLengthLimit = host.Value.MaxUploadBytes + UploadLimit.FormOverheadBytes);

builder.Services.AddOptions<LegalReviewOptions>().Bind(builder.Configuration.GetSection(LegalReviewOptions.SectionName));
builder.Services.AddLegalReview();

var hostOptions = builder.Configuration.GetSection(SampleHostOptions.SectionName).Get<SampleHostOptions>() ?? new SampleHostOptions();
builder.Services.AddRequestLimits(hostOptions);

builder.Services.AddSingleton<TimeProvider>(new HostClock(TimeZoneInfo.FindSystemTimeZoneById(hostOptions.TimeZone)));
builder.Services.AddSingleton<SqliteDatabase>();
builder.Services.AddSingleton<UserStore>();
builder.Services.AddSingleton<CaseStore>();
builder.Services.AddSingleton<CaseReviewer>();
builder.Services.AddSampleHostTracking(builder.Configuration, builder.Environment);
builder.Services.AddSingleton<ICaseRecorder, TrackingCaseRecorder>();
builder.Services.AddSingleton<IReviewDocumentsProvider, DocxReviewDocumentsProvider>();
builder.Services.AddScoped<CaseWorkflow>();
builder.Services.AddHostedService<DatabaseInitializer>();
builder.Services.AddHealthChecks().AddCheck<SqliteHealthCheck>("sqlite");

const string AppScheme = "App";
builder.Services.AddAuthentication(AppScheme)
    .AddPolicyScheme(AppScheme, "Cookie or API key", o => o.ForwardDefaultSelector = ctx =>
        ctx.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
            ? ApiKeyAuthenticationHandler.SchemeName
            : CookieAuthenticationDefaults.AuthenticationScheme)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
    .AddCookie(o =>
    {
        o.LoginPath = "/Account/Login";
        o.LogoutPath = "/Account/Logout";
        o.AccessDeniedPath = "/Account/AccessDenied";
        o.Cookie.Name = "LegalReview.SampleHost";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        // Secure whenever the request came over HTTPS, including behind a reverse proxy whose X-Forwarded-Proto is trusted.
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        // The API answers with status codes; only pages redirect to the sign-in page.
        // Sessions are checked against the user's security stamp on each request: sign-out, a new password, a role
        // change or disabling the user take effect at once.
        o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
        o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
    });
builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
builder.Services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
builder.Services.AddRazorPages();
// Model binding's own messages ("The value 'x' is not valid for …") in Chinese, like the validation attributes'.
builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
{
    var m = o.ModelBindingMessageProvider;
    m.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是“{field}”的有效值。");
    m.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
    m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
    m.SetUnknownValueIsInvalidAccessor(field => $"“{field}”的值无效。");
    m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
    m.SetValueMustBeANumberAccessor(field => $"“{field}”须为数字。");
    m.SetNonPropertyValueMustBeANumberAccessor(() => "须为数字。");
    m.SetValueMustNotBeNullAccessor(field => $"请填写“{field}”。");
    m.SetMissingBindRequiredValueAccessor(field => $"缺少“{field}”。");
    m.SetMissingKeyOrValueAccessor(() => "缺少必填的值。");
    m.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
});
// Chinese text is written as is rather than as numeric character references, so pages stay readable in source form.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddProblemDetails();
// Tracking states and directions travel as the same camelCase codes the tracking JSON and the CLI use.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "LegalReview 示例宿主 API";
    document.Info.Description = "规范性文件合法性审核：报送草案、取得审查结果、采纳或不采纳审查发现、作出结论、下载审核意见书和批注稿；备案、项目库和年度统计。"
        + "认证：登录 Cookie（POST 须附 RequestVerificationToken 请求头），或管理员签发的 X-Api-Key 请求头。";
    return Task.CompletedTask;
}));

var app = builder.Build();

if (command is not null)
{
    return await CreateAdminCommand.RunAsync(app.Services, command, Console.In, Console.Out, Console.Error);
}

if (hostOptions.TrustedProxies.Count > 0)
{
    // Behind a reverse proxy: take the client address and scheme from X-Forwarded-For/-Proto, from the listed proxies only.
    var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
    foreach (var proxy in hostOptions.TrustedProxies)
    {
        forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
    }

    app.UseForwardedHeaders(forwarded);
}

app.UseMiddleware<SecurityHeaders>();
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorPage.HandleAsync });
// Empty error answers (404 of a signed-in user, 400 of a failed antiforgery check) get the Chinese error page or problem JSON.
app.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = ErrorPage.StatusAsync });
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
// After authentication, so that limits are counted per user; after routing, so that endpoint policies apply.
app.UseRateLimiter();
app.UseRequestTimeouts();
app.UseMiddleware<UploadLimit>();
app.UseAntiforgery();

app.MapRazorPages();
app.MapReviewApi();
app.MapTrackingApi();
app.MapOpenApi().RequireAuthorization(new AuthorizeAttribute { Roles = Roles.CaseReaders });
app.MapHealthChecks("/health").AllowAnonymous();

await app.RunAsync();
return 0;

static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
{
    if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/openapi"))
    {
        ctx.Response.StatusCode = status;
    }
    else
    {
        ctx.Response.Redirect(ctx.RedirectUri);
    }

    return Task.CompletedTask;
}

/// <summary>The application entry point, visible to the test host.</summary>
public partial class Program;
