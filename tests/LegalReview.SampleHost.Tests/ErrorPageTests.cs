using System.Net;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

/// <summary>An unexpected failure shows a short Chinese page (or problem JSON) with a trace id, never the stack trace.</summary>
public sealed class ErrorPageTests
{
    [Test]
    public async Task DatabaseFailure_ShowsTheErrorPage_WithoutStackTrace()
    {
        using var factory = new SampleHostFactory();
        var key = await factory.ApiKeyAsync("error-reviewer", Roles.Reviewer);
        var page = await HostClient.SignedInAsync(factory, "error-reviewer", SampleHostFactory.UserPassword);
        await using (var c = await factory.Services.GetRequiredService<SqliteDatabase>().OpenAsync())
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "ALTER TABLE cases RENAME TO cases_gone";
            await cmd.ExecuteNonQueryAsync();
        }

        using var html = await page.GetAsync("/Cases");
        Assert.That(html.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        var body = await html.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("系统出错"));
        Assert.That(body, Does.Contain("追踪编号"));
        Assert.That(body, Does.Not.Contain("SqliteException"));
        Assert.That(body, Does.Not.Contain("   at "));

        using var api = await HostClient.WithApiKey(factory, key).GetAsync("/api/reviews/1");
        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(api.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        var json = await api.Content.ReadAsStringAsync();
        Assert.That(json, Does.Contain("traceId"));
        Assert.That(json, Does.Not.Contain("SqliteException"));
    }
}
