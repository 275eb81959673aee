using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LegalReview.SampleHost.Cases;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Security;
using LegalReview.SampleHost.Tracking;
using LegalReview.Tracking;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

/// <summary>The workflow through the JSON API and the pages: submission, findings, decisions, conclusion, downloads.</summary>
public sealed class ReviewWorkflowTests
{
    private SampleHostFactory _factory = null!;
    private HttpClient _drafter = null!;
    private HttpClient _reviewer = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new SampleHostFactory();
        _drafter = HostClient.WithApiKey(_factory, await _factory.ApiKeyAsync("商务局", Roles.Drafter));
        _reviewer = HostClient.WithApiKey(_factory, await _factory.ApiKeyAsync("审核员甲", Roles.Reviewer));
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private async Task<(long Id, JsonElement Json)> SubmitSeedAsync(Dictionary<string, string>? fields = null)
    {
        using var response = await _drafter.PostAsync("/api/reviews", HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "09-problem-rules.docx", fields));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        var location = response.Headers.Location!.OriginalString;
        Assert.That(location, Does.Match(@"^/api/reviews/\d+$"));
        return (long.Parse(location.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), JsonDocument.Parse(body).RootElement.Clone());
    }

    [Test]
    public async Task CaseStoredBeforeReviewsWereKept_Opens_AndGetsItsFirstRevision()
    {
        var (id, _) = await SubmitSeedAsync();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_factory.Folder, "host.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM reviews WHERE case_id = $id";
            delete.Parameters.AddWithValue("$id", id);
            Assert.That(await delete.ExecuteNonQueryAsync(), Is.EqualTo(1), "the case is made to look as an earlier version stored it");
        }

        using var response = await _drafter.GetAsync($"/api/reviews/{id}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("findings").GetArrayLength(), Is.GreaterThan(0));
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_factory.Folder, "host.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM reviews WHERE case_id = $id";
            count.Parameters.AddWithValue("$id", id);
            Assert.That(Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1), "the review made on opening is stored");
        }
    }

    [Test]
    public async Task PostReview_SeedDraft_Answers201WithFindingsInTheLibrarySchema()
    {
        var (id, json) = await SubmitSeedAsync(new Dictionary<string, string>
        {
            ["unit"] = "晋江市商务局",
            ["consultationStart"] = "2024-05-06",
            ["consultationEnd"] = "2024-05-20",
            ["consultedMarketParticipants"] = "true",
            ["fairCompetitionConclusion"] = "不含排除、限制竞争内容",
            ["legalityReviewDate"] = "2024-06-20",
            ["collectiveDeliberationDate"] = "2024-06-28",
        });
        Assert.That(json.GetProperty("schemaVersion").GetString(), Is.EqualTo("1.2"));
        Assert.That(json.GetProperty("document").GetProperty("title").GetString(), Does.Contain("扶持资金"));
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(findings, Is.Not.Empty);
        Assert.That(findings.Select(f => f.GetProperty("ruleId").GetString()), Has.Some.StartWith("LR"));
        Assert.That(findings.All(f => !f.GetProperty("suppressed").GetBoolean()), Is.True);

        var stored = await _factory.Services.GetRequiredService<CaseStore>().GetAsync(id);
        Assert.That(stored!.Unit, Is.EqualTo("晋江市商务局"));
        Assert.That(stored.Metadata.ConsultationEnd, Is.EqualTo(new DateOnly(2024, 5, 20)));
        Assert.That(stored.Metadata.ConsultedMarketParticipants, Is.True);
        Assert.That(stored.Metadata.CollectiveDeliberationDate, Is.EqualTo(new DateOnly(2024, 6, 28)));

        var tracked = await _factory.Services.GetRequiredService<ITrackingStore>().GetReviewCaseAsync(TrackingCaseRecorder.TrackingId(id));
        Assert.That(tracked, Is.Not.Null, "the case is recorded as received in the tracking store");
        Assert.That(tracked!.SubmittingUnit, Is.EqualTo("晋江市商务局"));
        Assert.That(tracked.ConcludedOn, Is.Null);

        using var again = await _reviewer.GetAsync($"/api/reviews/{id}");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var reread = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.That(reread.GetProperty("findings").GetArrayLength(), Is.EqualTo(findings.Count));
    }

    [Test]
    public async Task AcceptRejectAndConclude_SuppressesRejected_RecordsFeedbackAndRegister()
    {
        var (id, json) = await SubmitSeedAsync();
        var keys = json.GetProperty("findings").EnumerateArray().Select(Key).ToList();
        Assert.That(keys, Has.Count.GreaterThanOrEqualTo(2), "the seed draft has several problems");

        using (var early = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/conclusion", new { conclusion = "修改后合法" }))
        {
            Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await early.Content.ReadAsStringAsync(), Does.Contain("未作采纳或不采纳的决定"));
        }

        using (var noReason = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{keys[0]}/decision", new { accept = false }))
        {
            Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await noReason.Content.ReadAsStringAsync(), Does.Contain("须说明该条款合法的理由"));
        }

        using (var reject = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{keys[0]}/decision", new { accept = false, reason = "该表述沿用上级文件原文，经核合法" }))
        {
            Assert.That(reject.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var current = JsonDocument.Parse(await _reviewer.GetStringAsync($"/api/reviews/{id}")).RootElement;
        var suppressed = current.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("suppressed").GetBoolean()).Select(Key).ToList();
        var open = current.GetProperty("findings").EnumerateArray().Where(f => !f.GetProperty("suppressed").GetBoolean()).Select(Key).ToList();
        Assert.That(open, Is.Not.Empty);
        foreach (var sibling in suppressed.Where(k => k != keys[0]))
        {
            // The library suppresses by rule, place and words: the rejection covers this sibling, which needs no decision.
            using var covered = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{sibling}/decision", new { accept = true });
            Assert.That(covered.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), sibling);
        }

        foreach (var key in open)
        {
            using var accept = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{key}/decision", new { accept = true });
            Assert.That(accept.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), key);
        }

        var first = current.GetProperty("findings").EnumerateArray().Single(f => Key(f) == keys[0]);
        var quoteOfRejected = first.GetProperty("quote").GetString()!;
        Assert.That(first.GetProperty("suppressed").GetBoolean(), Is.True);
        Assert.That(first.GetProperty("suppression").GetProperty("by").GetString(), Is.EqualTo("审核员甲"));
        Assert.That(first.GetProperty("suppression").GetProperty("reason").GetString(), Is.EqualTo("该表述沿用上级文件原文，经核合法"));
        Assert.That(current.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("suppressed").GetBoolean()), Is.GreaterThanOrEqualTo(1));

        using (var lawful = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/conclusion", new { conclusion = "合法" }))
        {
            Assert.That(lawful.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "accepted findings rule out 合法");
        }

        using (var concluded = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/conclusion", new { conclusion = "修改后合法", note = "按意见修改后可以出台" }))
        {
            Assert.That(concluded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var store = _factory.Services.GetRequiredService<ITrackingStore>();
        var tracked = await store.GetReviewCaseAsync(TrackingCaseRecorder.TrackingId(id));
        Assert.That(tracked!.ConcludedOn, Is.Not.Null);
        Assert.That(tracked.Conclusion, Does.StartWith("修改后合法"));
        Assert.That(tracked.OpinionLetterPath, Is.EqualTo($"/api/reviews/{id}/opinion"));
        var trail = await store.GetAuditTrailAsync(TrackingEntityKind.ReviewCase, tracked.Id);
        Assert.That(trail.Select(e => e.ToState), Is.EqualTo(new[] { ReviewCaseStates.Received, ReviewCaseStates.Concluded }));
        Assert.That(await _factory.Services.GetRequiredService<CaseStore>().CountFeedbackAsync(id), Is.EqualTo(1 + open.Count));

        var acceptedQuote = current.GetProperty("findings").EnumerateArray()
            .Where(f => open.Contains(Key(f)) && f.GetProperty("location").GetProperty("length").GetInt32() > 0)
            .Select(f => f.GetProperty("quote").GetString()!).First();

        using var opinion = await _drafter.GetAsync($"/api/reviews/{id}/opinion");
        Assert.That(opinion.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(opinion.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        Assert.That(opinion.Content.Headers.ContentDisposition!.FileNameStar, Is.EqualTo($"合法性审核意见书-{id}.docx"), "RFC 5987 filename* carries the Chinese name");
        var letter = DocxContent.Open(await opinion.Content.ReadAsByteArrayAsync()).Text;
        Assert.That(letter, Does.Contain("晋江市司法局"), "the reviewing body from configuration");
        Assert.That(letter, Does.Contain("修改后合法"));
        Assert.That(letter, Does.Contain("按意见修改后可以出台"));
        Assert.That(letter, Does.Contain(acceptedQuote.Trim()), "the accepted finding's quote is in the letter");
        Assert.That(letter, Does.Not.Contain(first.GetProperty("message").GetString()!), "a rejected finding is not asked to be changed");

        using var annotatedResponse = await _drafter.GetAsync($"/api/reviews/{id}/annotated");
        Assert.That(annotatedResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(annotatedResponse.Content.Headers.ContentDisposition!.FileNameStar, Is.EqualTo($"审查批注稿-{id}.docx"));
        var annotated = DocxContent.Open(await annotatedResponse.Content.ReadAsByteArrayAsync());
        Assert.That(annotated.Comments, Has.Count.EqualTo(open.Count), "one comment per accepted finding, none for the rejected ones");
        Assert.That(annotated.Comments.Select(c => c.Anchor), Has.Member(acceptedQuote), "the comment is anchored on the quoted words");

        using var late = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{open[0]}/decision", new { accept = false, reason = "改变主意" });
        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ReviewPage_HighlightsFindingsInTheText_AndAcceptsThroughTheForm()
    {
        var (id, json) = await SubmitSeedAsync();
        var finding = json.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("location").GetProperty("length").GetInt32() > 0);
        var quote = finding.GetProperty("quote").GetString()!;
        var page = await HostClient.SignedInAsync(_factory, "审核员甲", SampleHostFactory.UserPassword);
        var html = await page.GetStringAsync($"/Cases/Review/{id}");
        Assert.That(html, Does.Contain($"data-findings=\"{Key(finding)}"));
        Assert.That(html, Does.Contain("<mark class=\""));
        Assert.That(System.Net.WebUtility.HtmlDecode(html), Does.Contain(quote));

        var accepted = await HostClient.PostFormAsync(page, $"/Cases/Review/{id}", new Dictionary<string, string>
        {
            ["key"] = Key(finding),
            ["accept"] = "true",
        }, $"/Cases/Review/{id}?handler=Decide");
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var after = await page.GetStringAsync($"/Cases/Review/{id}");
        Assert.That(after, Does.Contain("已采纳"));

        var refused = await HostClient.PostFormAsync(page, $"/Cases/Review/{id}", new Dictionary<string, string>
        {
            ["key"] = Key(finding),
            ["accept"] = "false",
            ["reason"] = "",
        }, $"/Cases/Review/{id}?handler=Decide");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("须说明该条款合法的理由"));
    }

    [Test]
    public async Task Rejection_IsReversedByAcceptingTheSameFinding()
    {
        var (id, json) = await SubmitSeedAsync();
        var key = Key(json.GetProperty("findings")[0]);
        using (var reject = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{key}/decision", new { accept = false, reason = "经核合法" }))
        {
            Assert.That(reject.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using (var accept = await _reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{key}/decision", new { accept = true }))
        {
            Assert.That(accept.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var current = JsonDocument.Parse(await _reviewer.GetStringAsync($"/api/reviews/{id}")).RootElement;
        Assert.That(current.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("suppressed").GetBoolean()), Is.False);
    }

    [Test]
    public async Task DraftingUnit_SeesOnlyItsOwnCases()
    {
        var (id, _) = await SubmitSeedAsync();
        var other = HostClient.WithApiKey(_factory, await _factory.ApiKeyAsync("另一起草单位", Roles.Drafter));
        using var foreign = await other.GetAsync($"/api/reviews/{id}");
        Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using var foreignOpinion = await other.GetAsync($"/api/reviews/{id}/opinion");
        Assert.That(foreignOpinion.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using var own = await _drafter.GetAsync($"/api/reviews/{id}");
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var missing = await _reviewer.GetAsync("/api/reviews/999999");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var page = await HostClient.SignedInAsync(_factory, "另一起草单位", SampleHostFactory.UserPassword);
        var list = await page.GetStringAsync("/Cases/Index");
        Assert.That(list, Does.Not.Contain($"/api/reviews/{id}/opinion"));
    }

    [Test]
    public async Task SubmitPage_StoresTheCase_AndShowsTheNotice()
    {
        var page = await HostClient.SignedInAsync(_factory, "商务局", SampleHostFactory.UserPassword);
        var token = await HostClient.TokenAsync(page, "/Cases/Submit");
        var form = HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), @"C:\Users\x\..\..\草案.docx", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Metadata.Unit"] = "晋江市商务局",
            ["Metadata.ConsultationEnd"] = "2024-05-20",
            ["Metadata.IsMajorDecision"] = "false",
        }, fileField: "Upload");
        using var posted = await page.PostAsync("/Cases/Submit", form);
        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await posted.Content.ReadAsStringAsync());
        var list = await page.GetStringAsync(posted.Headers.Location!.OriginalString);
        Assert.That(list, Does.Contain("已报送"));
        var newest = (await _factory.Services.GetRequiredService<CaseStore>().ListAsync("商务局"))[0];
        Assert.That(newest.FileName, Is.EqualTo("草案.docx"), "only the last segment of the client's name is kept");
        Assert.That(newest.Metadata.IsMajorDecision, Is.False);
    }

    [Test]
    public async Task UnreadableUpload_IsRefusedWithAChineseMessage_NotAServerError()
    {
        using var response = await _drafter.PostAsync("/api/reviews", HostClient.Upload(Encoding.UTF8.GetBytes("这不是 zip"), "草案.docx"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("无法读取该文件"));
        Assert.That(body, Does.Not.Contain("   at "));

        using var wrongType = await _drafter.PostAsync("/api/reviews", HostClient.Upload([1, 2, 3], "草案.pdf"));
        Assert.That(wrongType.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    [Test]
    public async Task OpenApiDocument_ParsesAndDescribesTheReviewEndpoints()
    {
        using var response = await _reviewer.GetAsync("/openapi/v1.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(doc.GetProperty("openapi").GetString(), Does.StartWith("3."));
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/reviews", "/api/reviews/{id}", "/api/reviews/{id}/opinion", "/api/reviews/{id}/annotated",
            "/api/reviews/{id}/findings/{key}/decision", "/api/reviews/{id}/conclusion",
            "/api/filings", "/api/filings/{id}/transitions", "/api/projects", "/api/projects/{id}/transitions", "/api/statistics/{year}",
        }));
        Assert.That(doc.GetProperty("paths").GetProperty("/api/reviews").GetProperty("post").GetProperty("responses").TryGetProperty("201", out _), Is.True);
    }

    private static string Key(JsonElement finding)
    {
        var location = finding.GetProperty("location");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(finding.GetProperty("message").GetString()!)).AsSpan(0, 4));
        return $"{finding.GetProperty("ruleId").GetString()}-{location.GetProperty("offset").GetInt32()}-{location.GetProperty("length").GetInt32()}-{hash}";
    }
}
