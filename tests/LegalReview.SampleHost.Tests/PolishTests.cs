using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

/// <summary>Year validation, Chinese error pages, security headers, private database files and the review page's navigation.</summary>
public sealed class PolishTests
{
    private SampleHostFactory _factory = null!;
    private HttpClient _reviewerKey = null!;
    private HttpClient _reviewer = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new SampleHostFactory();
        _reviewerKey = HostClient.WithApiKey(_factory, await _factory.ApiKeyAsync("审核员甲", Roles.Reviewer));
        _reviewer = await HostClient.SignedInAsync(_factory, "审核员甲", SampleHostFactory.UserPassword);
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task OutOfRangeYears_Are400WithAChineseMessage_Everywhere()
    {
        using (var api = await _reviewerKey.GetAsync("/api/statistics/99999"))
        {
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await api.Content.ReadAsStringAsync(), Does.Contain("年份 99999 无效"));
        }

        using (var page = await _reviewer.GetAsync("/Tracking/Statistics?year=-1"))
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("年份 -1 无效"));
        }

        using var project = await _reviewerKey.PostAsJsonAsync("/api/projects", new { year = 99999, title = "关于某某的办法", source = "key", draftingUnit = "晋江市商务局" });
        Assert.That(project.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await project.Content.ReadAsStringAsync(), Does.Contain("年份 99999 无效"));

        using var valid = await _reviewerKey.PostAsJsonAsync("/api/projects", new { year = 2025, title = "关于某某的办法", source = "key", draftingUnit = "晋江市商务局" });
        Assert.That(valid.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the same request with a valid year passes: the 400 above is the year's");
    }

    [Test]
    public async Task StatisticsPage_OpensOnTheCurrentYear()
    {
        var html = await _reviewer.GetStringAsync("/Tracking/Statistics");
        Assert.That(html, Does.Contain($"{DateTime.Now.Year} 年度统计"));
    }

    [Test]
    public async Task SignedInNotFound_AndAntiforgeryFailure_GetTheChineseErrorPage()
    {
        using (var missing = await _reviewer.GetAsync("/Cases/Review/999999"))
        {
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("页面不存在"));
        }

        using (var nowhere = await _reviewer.GetAsync("/no/such/page"))
        {
            Assert.That(nowhere.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await nowhere.Content.ReadAsStringAsync(), Does.Contain("页面不存在"));
        }

        using var forged = await _reviewer.PostAsync("/Cases/Review/1?handler=Decide", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = "x", ["accept"] = "true" }));
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await forged.Content.ReadAsStringAsync(), Does.Contain("表单已过期"));
    }

    [Test]
    public async Task Responses_CarrySecurityHeaders_AndApiAnswersAreNotCached()
    {
        using var page = await _reviewer.GetAsync("/Cases");
        Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'"));
        Assert.That(page.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(page.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("same-origin"));

        using var api = await _reviewerKey.GetAsync("/api/statistics/2024");
        Assert.That(api.Headers.CacheControl!.NoStore, Is.True);
    }

    [Test]
    public async Task SignInCookie_IsSecureOverHttps()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var response = await HostClient.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "审核员甲", ["Input.Password"] = SampleHostFactory.UserPassword });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("LegalReview.SampleHost=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("secure").IgnoreCase);
    }

    [Test]
    public void DatabaseFiles_AreReadableByTheServiceUserOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix file modes only.");
        }
        else
        {
            foreach (var name in new[] { "host.db", "tracking.db" })
            {
                var mode = File.GetUnixFileMode(Path.Combine(_factory.Folder, name));
                Assert.That(mode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), name);
            }
        }
    }

    [Test]
    public async Task ReviewPage_LinksCardsToTheirWords_AndAcceptsSeveralAtOnce()
    {
        var drafter = HostClient.WithApiKey(_factory, await _factory.ApiKeyAsync("商务局", Roles.Drafter));
        using var submitted = await drafter.PostAsync("/api/reviews", HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "09-problem-rules.docx"));
        var json = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement;
        var id = long.Parse(submitted.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        var placed = findings.First(f => f.GetProperty("location").GetProperty("length").GetInt32() > 0);
        var html = await _reviewer.GetStringAsync($"/Cases/Review/{id}");
        var key = ConcludedCaseTests.Key(placed);
        Assert.That(html, Does.Contain($"href=\"#m-{key}\"").And.Contain($"id=\"m-{key}\""), "the card links to the anchor on its words");

        var keys = findings.Take(2).Select(ConcludedCaseTests.Key).ToList();
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", await HostClient.TokenAsync(_reviewer, $"/Cases/Review/{id}")),
            new("keys", keys[0]),
            new("keys", keys[1]),
        };
        using var accepted = await _reviewer.PostAsync($"/Cases/Review/{id}?handler=AcceptMany", new FormUrlEncodedContent(form));
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await accepted.Content.ReadAsStringAsync());
        var decisions = await _factory.Services.GetRequiredService<CaseStore>().GetDecisionsAsync(id);
        Assert.That(decisions.Select(d => d.FindingKey), Is.EquivalentTo(keys));
        Assert.That(decisions.All(d => d.Accepted), Is.True);
    }

    [Test]
    public void FindingsAboutTheWholeDocument_AreToldApartFromFindingsOnTheTitleOrAnArticle()
    {
        var doc = new LegalReview.Documents.Reading.DocumentReader().ReadText("晋江市某某管理办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。", "t.txt");
        var title = doc.TitleSpan ?? doc.Body.TitleSpan;
        Assert.That(title, Is.Not.Null);
        var article = doc.Paragraphs[1].Span;
        Assert.That(Cases.Articles.IsDocumentLevel(doc, Make(LegalReview.Review.RuleCategory.Procedure, title!.Value.Offset, title.Value.Length)), Is.True, "a missing step reported at the whole title");
        Assert.That(Cases.Articles.IsDocumentLevel(doc, Make(LegalReview.Review.RuleCategory.Procedure, 0, 0)), Is.True, "no words at all");
        Assert.That(Cases.Articles.IsDocumentLevel(doc, Make(LegalReview.Review.RuleCategory.Form, title.Value.Offset, title.Value.Length)), Is.False, "a form rule on the title is about the title");
        Assert.That(Cases.Articles.IsDocumentLevel(doc, Make(LegalReview.Review.RuleCategory.Procedure, article.Offset, article.Length)), Is.False);
    }

    private static LegalReview.Review.Finding Make(LegalReview.Review.RuleCategory category, int offset, int length) => new()
    {
        RuleId = "LR4001",
        Title = "测试",
        Category = category,
        Severity = LegalReview.Review.FindingSeverity.Warning,
        Location = new LegalReview.Review.FindingLocation("标题", "标题", offset, length, 0),
        Quote = string.Empty,
        Message = "测试",
        LegalBasis = [],
    };

    [Test]
    public async Task OneConfiguredTimeZone_ForTheCaseListAndTheTrackingDeadlines()
    {
        // UTC+14: for most of each day its date differs from the server's, so a second clock would show.
        using var factory = new SampleHostFactory(settings: new Dictionary<string, string> { ["SampleHost:TimeZone"] = "Pacific/Kiritimati" });
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
        Assert.That(factory.Services.GetRequiredService<TimeProvider>().LocalTimeZone.BaseUtcOffset, Is.EqualTo(zone.BaseUtcOffset));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        Assert.That(factory.Services.GetRequiredService<LegalReview.Tracking.TrackingWorkflow>().Today, Is.EqualTo(today), "tracking's today is the host's");

        var drafter = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("商务局", Roles.Drafter));
        using var submitted = await drafter.PostAsync("/api/reviews", HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "09-problem-rules.docx"));
        var id = long.Parse(submitted.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var stored = (await factory.Services.GetRequiredService<CaseStore>().GetAsync(id))!;
        var page = await HostClient.SignedInAsync(factory, "商务局", SampleHostFactory.UserPassword);
        var shown = TimeZoneInfo.ConvertTime(stored.SubmittedAt, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(await page.GetStringAsync("/Cases"), Does.Contain(shown), "the case list shows the time in the same zone");
    }

    [Test]
    public async Task InvalidFormValues_GetChineseMessages()
    {
        await _factory.EnsureUserAsync("报送人", Roles.Drafter);
        var page = await HostClient.SignedInAsync(_factory, "报送人", SampleHostFactory.UserPassword);
        var token = await HostClient.TokenAsync(page, "/Cases/Submit");
        var form = HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "草案.docx", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Metadata.ConsultationEnd"] = "不是日期",
        }, fileField: "Upload");
        using var posted = await page.PostAsync("/Cases/Submit", form);
        var html = System.Net.WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        Assert.That(html, Does.Contain("“不是日期”不是"));
        Assert.That(html, Does.Not.Contain("is not valid"));
    }
}
