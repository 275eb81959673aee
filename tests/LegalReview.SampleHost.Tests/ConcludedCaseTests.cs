using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using LegalReview.SampleHost.Security;

namespace LegalReview.SampleHost.Tests;

/// <summary>
/// No letter before the conclusion, and a concluded case that stays as concluded: the drafting unit gets no letter
/// until a reviewer concludes, the reviewer's preview is marked on every page, and a restart with a rule switched off
/// changes neither the concluded documents nor an open case's stored review until it is re-reviewed explicitly.
/// </summary>
public sealed class ConcludedCaseTests
{
    [Test]
    public async Task BeforeTheConclusion_DraftingUnitGetsNoLetter_AndTheReviewersPreviewIsMarkedOnEveryPage()
    {
        using var factory = new SampleHostFactory();
        var drafter = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("商务局", Roles.Drafter));
        var reviewer = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("审核员甲", Roles.Reviewer));
        var (id, json) = await SubmitAsync(drafter);

        foreach (var kind in new[] { "opinion", "annotated" })
        {
            using var early = await drafter.GetAsync($"/api/reviews/{id}/{kind}");
            Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), kind);
            Assert.That(await early.Content.ReadAsStringAsync(), Does.Contain("尚未作出审核结论"), kind);
        }

        var drafterPage = await HostClient.SignedInAsync(factory, "商务局", SampleHostFactory.UserPassword);
        var list = await drafterPage.GetStringAsync("/Cases");
        Assert.That(list, Does.Not.Contain($"/api/reviews/{id}/opinion"), "no letter link for the drafting unit before the conclusion");
        Assert.That(list, Does.Contain("审核意见书待办结后提供"));

        using (var preview = await reviewer.GetAsync($"/api/reviews/{id}/opinion"))
        {
            Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(preview.Content.Headers.ContentDisposition!.FileNameStar, Does.Contain("征求意见稿"));
            var bytes = await preview.Content.ReadAsByteArrayAsync();
            var headers = Headers(bytes);
            Assert.That(headers, Has.Count.EqualTo(2), "odd and even page headers");
            Assert.That(headers, Has.All.Contain("征求意见稿").And.All.Contain("尚未作出审核结论"));
            var text = DocxContent.Open(bytes).Text;
            Assert.That(text, Does.Contain("尚未作出审核结论"));
            Assert.That(text, Does.Not.Contain("我局认为"), "a preview states no conclusion");
        }

        foreach (var key in json.GetProperty("findings").EnumerateArray().Select(Key))
        {
            using var accept = await reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{key}/decision", new { accept = true });
            Assert.That(accept.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), key);
        }

        using (var concluded = await reviewer.PostAsJsonAsync($"/api/reviews/{id}/conclusion", new { conclusion = "修改后合法" }))
        {
            Assert.That(concluded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var letter = await drafter.GetAsync($"/api/reviews/{id}/opinion");
        Assert.That(letter.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var issued = await letter.Content.ReadAsByteArrayAsync();
        Assert.That(Headers(issued), Is.Empty, "the issued letter carries no draft mark");
        Assert.That(DocxContent.Open(issued).Text, Does.Contain("我局认为").And.Not.Contain("征求意见稿"));
        Assert.That(await drafterPage.GetStringAsync("/Cases"), Does.Contain($"/api/reviews/{id}/opinion"));
    }

    [Test]
    public async Task AfterARestartWithARuleSwitchedOff_TheConcludedCaseIsUnchanged_AndAnOpenCaseChangesOnlyWhenReReviewed()
    {
        string folder;
        string drafterKey, reviewerKey, rule;
        long concludedId, openId;
        byte[] opinion, annotated, result;
        folder = Directory.CreateTempSubdirectory("samplehost-restart-").FullName;

        try
        {
            using (var before = new SampleHostFactory(folder: folder))
            {
                drafterKey = await before.ApiKeyAsync("商务局", Roles.Drafter);
                reviewerKey = await before.ApiKeyAsync("审核员甲", Roles.Reviewer);
                var drafter = HostClient.WithApiKey(before, drafterKey);
                var reviewer = HostClient.WithApiKey(before, reviewerKey);
                (concludedId, var json) = await SubmitAsync(drafter);
                (openId, _) = await SubmitAsync(drafter);
                var findings = json.GetProperty("findings").EnumerateArray().ToList();
                // A rule whose finding the letter quotes: switching it off would drop that item from a re-run letter.
                rule = findings.First(f => f.GetProperty("location").GetProperty("length").GetInt32() > 0).GetProperty("ruleId").GetString()!;
                foreach (var f in findings)
                {
                    using var accept = await reviewer.PostAsJsonAsync($"/api/reviews/{concludedId}/findings/{Key(f)}/decision", new { accept = true });
                    Assert.That(accept.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
                }

                using (var concluded = await reviewer.PostAsJsonAsync($"/api/reviews/{concludedId}/conclusion", new { conclusion = "修改后合法" }))
                {
                    Assert.That(concluded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                }

                opinion = await reviewer.GetByteArrayAsync($"/api/reviews/{concludedId}/opinion");
                annotated = await reviewer.GetByteArrayAsync($"/api/reviews/{concludedId}/annotated");
                result = await reviewer.GetByteArrayAsync($"/api/reviews/{concludedId}");
                Assert.That(Encoding.UTF8.GetString(result), Does.Contain($"\"{rule}\""));
            }

            using var after = new SampleHostFactory(folder: folder, settings: new Dictionary<string, string> { [$"LegalReview:Review:Rules:{rule}"] = "off" });
            var drafterAfter = HostClient.WithApiKey(after, drafterKey);
            var reviewerAfter = HostClient.WithApiKey(after, reviewerKey);

            // The switch works: a new submission no longer has the rule's findings.
            var (_, fresh) = await SubmitAsync(drafterAfter);
            Assert.That(RuleIds(fresh), Does.Not.Contain(rule));

            Assert.That(await reviewerAfter.GetByteArrayAsync($"/api/reviews/{concludedId}/opinion"), Is.EqualTo(opinion), "the concluded letter is byte-identical");
            Assert.That(await drafterAfter.GetByteArrayAsync($"/api/reviews/{concludedId}/opinion"), Is.EqualTo(opinion));
            Assert.That(await reviewerAfter.GetByteArrayAsync($"/api/reviews/{concludedId}/annotated"), Is.EqualTo(annotated));
            Assert.That(await reviewerAfter.GetByteArrayAsync($"/api/reviews/{concludedId}"), Is.EqualTo(result));
            var page = await HostClient.SignedInAsync(after, "审核员甲", SampleHostFactory.UserPassword);
            Assert.That(await page.GetStringAsync($"/Cases/Review/{concludedId}"), Does.Contain($"<code>{rule}</code>"), "the page shows the concluded findings");

            // The open case keeps the configuration stored with it until a reviewer re-reviews it.
            var open = JsonDocument.Parse(await reviewerAfter.GetStringAsync($"/api/reviews/{openId}")).RootElement;
            Assert.That(RuleIds(open), Does.Contain(rule));
            using (var again = await reviewerAfter.PostAsync($"/api/reviews/{openId}/rereview", null))
            {
                Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), await again.Content.ReadAsStringAsync());
            }

            Assert.That(RuleIds(JsonDocument.Parse(await reviewerAfter.GetStringAsync($"/api/reviews/{openId}")).RootElement), Does.Not.Contain(rule));
            var history = JsonDocument.Parse(await reviewerAfter.GetStringAsync($"/api/reviews/{openId}/revisions")).RootElement;
            Assert.That(history.GetArrayLength(), Is.EqualTo(2));
            Assert.That(history[0].GetProperty("ruleSetVersion").GetString(), Does.StartWith("LegalReview "));
            var firstRevision = JsonDocument.Parse(await reviewerAfter.GetStringAsync($"/api/reviews/{openId}/revisions/1")).RootElement;
            Assert.That(RuleIds(firstRevision), Does.Contain(rule), "the earlier result stays in the history");

            using var frozen = await reviewerAfter.PostAsync($"/api/reviews/{concludedId}/rereview", null);
            Assert.That(frozen.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task PlainTextCase_SaysPlainlyThatThereIsNoAnnotatedDraft()
    {
        using var factory = new SampleHostFactory();
        var drafter = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("商务局", Roles.Drafter));
        var reviewer = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("审核员甲", Roles.Reviewer));
        using var submitted = await drafter.PostAsync("/api/reviews", HostClient.Upload(Encoding.UTF8.GetBytes("晋江市某某管理办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。\n"), "草案.txt"));
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await submitted.Content.ReadAsStringAsync());
        var id = submitted.Headers.Location!.OriginalString.Split('/')[^1];

        using var annotated = await reviewer.GetAsync($"/api/reviews/{id}/annotated");
        Assert.That(annotated.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await annotated.Content.ReadAsStringAsync(), Does.Contain("没有批注稿"));
        var page = await HostClient.SignedInAsync(factory, "审核员甲", SampleHostFactory.UserPassword);
        var html = await page.GetStringAsync($"/Cases/Review/{id}");
        Assert.That(html, Does.Not.Contain($"/api/reviews/{id}/annotated"));
        Assert.That(html, Does.Contain("无批注稿"));
    }

    private static async Task<(long Id, JsonElement Json)> SubmitAsync(HttpClient drafter)
    {
        using var response = await drafter.PostAsync("/api/reviews", HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "09-problem-rules.docx"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        return (long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), JsonDocument.Parse(body).RootElement.Clone());
    }

    private static List<string> RuleIds(JsonElement result) =>
        [.. result.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)];

    /// <summary>The text of every page header part of a .docx.</summary>
    private static List<string> Headers(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var doc = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. doc.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText)];
    }

    internal static string Key(JsonElement finding)
    {
        var location = finding.GetProperty("location");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(finding.GetProperty("message").GetString()!)).AsSpan(0, 4));
        return $"{finding.GetProperty("ruleId").GetString()}-{location.GetProperty("offset").GetInt32()}-{location.GetProperty("length").GetInt32()}-{hash}";
    }
}
