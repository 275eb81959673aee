using System.Net;
using LegalReview.SampleHost.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

/// <summary>Every endpoint, read from the route table, refuses the unauthenticated and the wrong roles.</summary>
public sealed class AuthorizationTests
{
    private SampleHostFactory _factory = null!;
    private long _caseId;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new SampleHostFactory();
        var drafter = HostClient.WithApiKey(_factory, await _factory.ApiKeyAsync("auth-drafter", Roles.Drafter));
        var created = await drafter.PostAsync("/api/reviews", HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "草案.docx"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        _caseId = long.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private sealed record EndpointCase(string Method, string Path, string[]? Roles, bool Anonymous);

    private List<EndpointCase> Endpoints()
    {
        var list = new List<EndpointCase>();
        foreach (var endpoint in _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
            var path = "/" + pattern.TrimStart('/')
                .Replace("{id:long}", _caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{key}", "LR5001-0-1", StringComparison.Ordinal)
                .Replace("{documentName}", "v1", StringComparison.Ordinal);
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var roles = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Where(a => a.Roles is not null)
                .Select(a => a.Roles!.Split(',', StringSplitOptions.TrimEntries))
                .LastOrDefault();
            foreach (var method in methods)
            {
                list.Add(new EndpointCase(method, path, roles, anonymous));
            }
        }

        return list;
    }

    [Test]
    public void RouteTable_EveryEndpointIsAnonymousByDesignOrLimitedToRoles()
    {
        var endpoints = Endpoints();
        Assert.That(endpoints, Has.Count.GreaterThan(10));
        var anonymous = endpoints.Where(e => e.Anonymous).Select(e => e.Path).Distinct().Order().ToList();
        Assert.That(anonymous, Is.EqualTo(new[] { "/Account/Login", "/health" }));
        var unguarded = endpoints.Where(e => !e.Anonymous && e.Roles is null).Select(e => $"{e.Method} {e.Path}").ToList();
        Assert.That(unguarded, Is.Empty, "endpoints without a role requirement");
    }

    [Test]
    public async Task EveryEndpoint_RefusesUnauthenticatedRequests()
    {
        var client = HostClient.Anonymous(_factory);
        var checkedCount = 0;
        foreach (var e in Endpoints().Where(e => !e.Anonymous))
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(e.Method), e.Path));
            if (IsApi(e.Path))
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"{e.Method} {e.Path}");
            }
            else
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{e.Method} {e.Path}");
                Assert.That(response.Headers.Location!.OriginalString, Does.Contain("/Account/Login"), $"{e.Method} {e.Path}");
            }

            checkedCount++;
        }

        Assert.That(checkedCount, Is.GreaterThan(10));
    }

    [Test]
    public async Task EveryEndpoint_RefusesWrongRoles_ByCookieAndByApiKey()
    {
        var cookieClients = new Dictionary<string, HttpClient>();
        var keyClients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
        {
            var name = "wrong-" + Array.IndexOf(Roles.All.ToArray(), role);
            keyClients[role] = HostClient.WithApiKey(_factory, await _factory.ApiKeyAsync(name, role));
            cookieClients[role] = await HostClient.SignedInAsync(_factory, name, SampleHostFactory.UserPassword);
        }

        var refused = 0;
        foreach (var e in Endpoints().Where(e => !e.Anonymous))
        {
            foreach (var role in Roles.All.Except(e.Roles!))
            {
                using var byCookie = await cookieClients[role].SendAsync(new HttpRequestMessage(new HttpMethod(e.Method), e.Path));
                if (IsApi(e.Path))
                {
                    Assert.That(byCookie.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"{role} {e.Method} {e.Path}");
                    using var byKey = await keyClients[role].SendAsync(new HttpRequestMessage(new HttpMethod(e.Method), e.Path));
                    Assert.That(byKey.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"{role} key {e.Method} {e.Path}");
                }
                else
                {
                    Assert.That(byCookie.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{role} {e.Method} {e.Path}");
                    Assert.That(byCookie.Headers.Location!.OriginalString, Does.Contain("/Account/AccessDenied"), $"{role} {e.Method} {e.Path}");
                }

                refused++;
            }
        }

        Assert.That(refused, Is.GreaterThan(10));
    }

    [Test]
    public async Task ApiKey_IsRefusedOnPages_AndUnknownKeysAreUnauthorized()
    {
        var key = await _factory.ApiKeyAsync("key-reviewer", Roles.Reviewer);
        var withKey = HostClient.WithApiKey(_factory, key);
        using var page = await withKey.GetAsync("/Cases/Index");
        Assert.That(page.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        using var api = await withKey.GetAsync($"/api/reviews/{_caseId}");
        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var forged = await HostClient.WithApiKey(_factory, key[..^2] + "xx").GetAsync($"/api/reviews/{_caseId}");
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task SignIn_WithWrongPassword_IsRefusedWithMessage_AndAdminFromConfigurationCanSignIn()
    {
        var client = HostClient.Anonymous(_factory);
        var refused = await HostClient.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = SampleHostFactory.AdminName,
            ["Input.Password"] = "wrong-password",
        });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("用户名或密码不正确"));

        var admin = await HostClient.SignedInAsync(_factory, SampleHostFactory.AdminName, SampleHostFactory.AdminPassword);
        var users = await admin.GetAsync("/Admin/Users");
        Assert.That(users.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await users.Content.ReadAsStringAsync(), Does.Contain("新建用户"));
    }

    [Test]
    public async Task Admin_CreatesUserWithRole_ThroughTheForm()
    {
        var admin = await HostClient.SignedInAsync(_factory, SampleHostFactory.AdminName, SampleHostFactory.AdminPassword);
        var created = await HostClient.PostFormAsync(admin, "/Admin/Users", new Dictionary<string, string>
        {
            ["Input.Name"] = "新审核员",
            ["Input.Role"] = Roles.Reviewer,
            ["Input.Password"] = "Reviewer-2024",
        }, "/Admin/Users?handler=Create");
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var reviewer = await HostClient.SignedInAsync(_factory, "新审核员", "Reviewer-2024");
        using var page = await reviewer.GetAsync($"/Cases/Review/{_caseId}");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task FormPostWithoutAntiforgeryToken_IsRefused()
    {
        await _factory.EnsureUserAsync("csrf-drafter", Roles.Drafter);
        var client = await HostClient.SignedInAsync(_factory, "csrf-drafter", SampleHostFactory.UserPassword);
        var form = HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "草案.docx", fileField: "Upload");
        using var page = await client.PostAsync("/Cases/Submit", form);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        using var api = await client.PostAsync("/api/reviews", HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "草案.docx"));
        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a cookie-authenticated API post needs the token too");
        Assert.That(await api.Content.ReadAsStringAsync(), Does.Not.Contain("   at "));

        using var login = await HostClient.Anonymous(_factory).PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = SampleHostFactory.AdminName,
            ["Input.Password"] = SampleHostFactory.AdminPassword,
        }));
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Health_IsAnonymousAndHealthy()
    {
        using var response = await HostClient.Anonymous(_factory).GetAsync("/health");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    private static bool IsApi(string path) => path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/openapi/", StringComparison.Ordinal);
}
