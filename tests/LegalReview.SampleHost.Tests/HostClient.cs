using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LegalReview.SampleHost.Tests;

/// <summary>Helpers to sign in through the real form and to post forms with the antiforgery token.</summary>
public static partial class HostClient
{
    public static readonly string SeedDraft = Path.Combine(RepositoryRoot(), "seeds", "drafts", "09-problem-rules.docx");

    public static HttpClient Anonymous(SampleHostFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(SampleHostFactory factory, string user, string password)
    {
        var client = Anonymous(factory);
        var response = await PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "sign-in should redirect");
        return client;
    }

    public static HttpClient WithApiKey(SampleHostFactory factory, string key)
    {
        var client = Anonymous(factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Reads the antiforgery token from a page's form.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.That(match.Success, Is.True, $"no antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, Dictionary<string, string> fields, string? action = null)
    {
        var token = await TokenAsync(client, page);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(fields));
    }

    public static MultipartFormDataContent Upload(byte[] content, string fileName, Dictionary<string, string>? fields = null, string fileField = "file")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, fileField, fileName);
        foreach (var (k, v) in fields ?? [])
        {
            form.Add(new StringContent(v), k);
        }

        return form;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LegalReview.sln not found above the test output folder.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
