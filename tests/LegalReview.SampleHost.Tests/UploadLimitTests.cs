using System.Net;
using LegalReview.SampleHost.Security;

namespace LegalReview.SampleHost.Tests;

/// <summary>The configured upload limit (1 MB in these tests) is enforced with a message the user can act on.</summary>
public sealed class UploadLimitTests
{
    private SampleHostFactory _factory = null!;
    private HttpClient _drafter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new SampleHostFactory(maxUploadBytes: 1024 * 1024);
        _drafter = HostClient.WithApiKey(_factory, await _factory.ApiKeyAsync("limit-drafter", Roles.Drafter));
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase(1024 * 1024 + 1, TestName = "A file one byte over the limit")]
    [TestCase(3 * 1024 * 1024, TestName = "A body far over the limit")]
    public async Task OversizedUpload_IsRefusedWith413AndTheLimitInChinese(int size)
    {
        using var response = await _drafter.PostAsync("/api/reviews", HostClient.Upload(new byte[size], "草案.docx"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("超过大小上限（1 MB）"));
    }

    [Test]
    public async Task OversizedUpload_OnTheSubmitPage_ShowsTheMessage()
    {
        await _factory.EnsureUserAsync("limit-page", Roles.Drafter);
        var page = await HostClient.SignedInAsync(_factory, "limit-page", SampleHostFactory.UserPassword);
        var token = await HostClient.TokenAsync(page, "/Cases/Submit");
        foreach (var size in new[] { 1024 * 1024 + 1, 3 * 1024 * 1024 })
        {
            var form = HostClient.Upload(new byte[size], "草案.docx", new Dictionary<string, string> { ["__RequestVerificationToken"] = token }, fileField: "Upload");
            using var response = await page.PostAsync("/Cases/Submit", form);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge), $"{size} bytes");
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("超过大小上限（1 MB）"), $"{size} bytes");
        }
    }

    [Test]
    public void DefaultLimit_Is20Megabytes() =>
        Assert.That(new SampleHostOptions().MaxUploadBytes, Is.EqualTo(20L * 1024 * 1024));
}
