using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LegalReview.SampleHost.Security;
using LegalReview.SampleHost.Tracking;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

/// <summary>Filings, the project library and the annual statistics through the JSON API.</summary>
public sealed class TrackingApiTests
{
    private SampleHostFactory _factory = null!;
    private HttpClient _reviewer = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new SampleHostFactory();
        _reviewer = HostClient.WithApiKey(_factory, await _factory.ApiKeyAsync("备案审核员", Roles.Reviewer));
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task Filing_IsRecorded_Advanced_AndAnInvalidTransitionIsRefusedWithItsMessage()
    {
        using var created = await _reviewer.PostAsJsonAsync("/api/filings", new
        {
            direction = "toUpperGovernment",
            documentNumber = "晋政规〔2025〕3号",
            title = "晋江市城市道路临时占用管理办法",
            filingUnit = "晋江市人民政府",
            recipient = "泉州市人民政府",
            publishedOn = "2025-03-10",
        });
        var body = await created.Content.ReadAsStringAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        var filing = JsonDocument.Parse(body).RootElement;
        var id = filing.GetProperty("id").GetString()!;
        Assert.That(filing.GetProperty("status").GetString(), Is.EqualTo("pending"));
        Assert.That(DateOnly.Parse(filing.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(new DateOnly(2025, 3, 10)), "the filing deadline runs from publication");

        using (var submitted = await _reviewer.PostAsJsonAsync($"/api/filings/{id}/transitions", new { to = "submitted", reason = "已报送", on = "2025-03-20" }))
        {
            var text = await submitted.Content.ReadAsStringAsync();
            Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
            Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        }

        using (var invalid = await _reviewer.PostAsJsonAsync($"/api/filings/{id}/transitions", new { to = "corrected", reason = "跳过审查" }))
        {
            Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement;
            Assert.That(problem.GetProperty("detail").GetString(), Does.Match("[\u4e00-\u9fff]"), "the typed error's Chinese message is passed on");
        }

        using (var missing = await _reviewer.PostAsJsonAsync("/api/filings/F-none/transitions", new { to = "submitted", reason = "x" }))
        {
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        var list = JsonDocument.Parse(await _reviewer.GetStringAsync("/api/filings")).RootElement;
        Assert.That(list.EnumerateArray().Select(f => f.GetProperty("id").GetString()), Has.Member(id));
    }

    [Test]
    public async Task FilingDashboard_ShowsTheTypedErrorOfARefusedTransition()
    {
        using var created = await _reviewer.PostAsJsonAsync("/api/filings", new
        {
            direction = "fromDepartment",
            documentNumber = "晋教规〔2025〕2号",
            title = "晋江市校外培训机构管理办法",
            filingUnit = "晋江市教育局",
            recipient = "晋江市人民政府",
            publishedOn = "2025-05-06",
            receivedOn = "2025-05-20",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        await _factory.EnsureUserAsync("备案页审核员", Roles.Reviewer);
        var page = await HostClient.SignedInAsync(_factory, "备案页审核员", SampleHostFactory.UserPassword);
        Assert.That(await page.GetStringAsync("/Tracking/Filings"), Does.Contain("晋教规〔2025〕2号"));
        using var refused = await HostClient.PostFormAsync(page, "/Tracking/Filings", new Dictionary<string, string>
        {
            ["id"] = id,
            ["to"] = "corrected",
            ["reason"] = "跳过审查",
            ["version"] = "1",
        }, "/Tracking/Filings?handler=Advance");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.That(html, Does.Match("role=\"alert\">[^<]*[\u4e00-\u9fff]"), "the refusal is shown as a Chinese message on the page");

        using var stale = await HostClient.PostFormAsync(page, "/Tracking/Filings", new Dictionary<string, string>
        {
            ["id"] = id,
            ["to"] = "registered",
            ["version"] = "7",
        }, "/Tracking/Filings?handler=Advance");
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a stale version is refused");
    }

    [Test]
    public async Task Project_IsAdded_AndAdvancedThroughItsStages()
    {
        using var created = await _reviewer.PostAsJsonAsync("/api/projects", new
        {
            year = 2026,
            title = "晋江市公共数据资源开放管理办法",
            source = "applied",
            draftingUnit = "晋江市数据管理局",
            plannedOn = "2026-10-31",
        });
        var body = await created.Content.ReadAsStringAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        var entry = JsonDocument.Parse(body).RootElement;
        var id = entry.GetProperty("id").GetString()!;
        Assert.That(entry.GetProperty("status").GetString(), Is.EqualTo("underEvaluation"), "an applied item is evaluated first");

        using (var drafting = await _reviewer.PostAsJsonAsync($"/api/projects/{id}/transitions", new { to = "drafting", reason = "同意立项" }))
        {
            var text = await drafting.Content.ReadAsStringAsync();
            Assert.That(drafting.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
            Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt64(), Is.EqualTo(2));
        }

        var list = JsonDocument.Parse(await _reviewer.GetStringAsync("/api/projects?year=2026")).RootElement;
        var stored = list.EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("drafting"));
    }

    [Test]
    public async Task Statistics2024_AfterImportingTheSeed_StateTheSeedsFigures()
    {
        await _factory.Services.GetRequiredService<TrackingSeed>().ImportAsync();
        var response = JsonDocument.Parse(await _reviewer.GetStringAsync("/api/statistics/2024")).RootElement;
        var text = response.GetProperty("text").GetString()!;
        Assert.That(text, Does.Contain("194"));
        Assert.That(text, Does.Contain("193"));
        Assert.That(response.GetProperty("statistics").GetProperty("year").GetInt32(), Is.EqualTo(2024));

        using var docx = await _reviewer.GetAsync("/api/statistics/2024/docx");
        Assert.That(docx.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(DocxContent.Open(await docx.Content.ReadAsByteArrayAsync()).Text, Does.Contain("194"));
    }
}
