using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegalReview.Review;
using LegalReview.SampleHost.Api;
using LegalReview.SampleHost.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

/// <summary>
/// The model's hints (classifier, nearest cases) stay apart from the rules' findings in the host: in the JSON answer
/// (<c>hints</c>, paged after <c>findings</c>) and on the review page (a section of their own, below the findings),
/// and a reviewer still accepts or rejects each of them.
/// </summary>
public sealed class HintsSectionTests
{
    /// <summary>Two provisions of the seed draft that no rule reports, labelled as 减损权利 by a stand-in classifier.</summary>
    private static readonly string[] HintWords = ["营业执照复印件", "上年度纳税证明"];

    private sealed class KeywordClassifier : IProvisionClassifier
    {
        public IReadOnlyList<ClassifierPrediction> Classify(IReadOnlyList<string> texts) =>
            texts.Select(t => HintWords.Any(w => t.Contains(w, StringComparison.Ordinal))
                ? new ClassifierPrediction("rights", 0.95, ["提交"])
                : new ClassifierPrediction("ok", 0.9, [])).ToArray();
    }

    /// <summary>The host with the stand-in classifier.</summary>
    private static SampleHostFactory HostWithHints() => new(services: s => s.AddSingleton<IProvisionClassifier, KeywordClassifier>());

    /// <summary>The drafting unit submits the seed draft: the case id and the JSON answer.</summary>
    private static async Task<(string Id, JsonElement Json)> SubmitSeedDraftAsync(SampleHostFactory factory)
    {
        var drafter = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("商务局", Roles.Drafter));
        using var submitted = await drafter.PostAsync("/api/reviews", HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "09-problem-rules.docx"));
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await submitted.Content.ReadAsStringAsync());
        return (submitted.Headers.Location!.OriginalString.Split('/')[^1], JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Test]
    public async Task Hints_HaveTheirOwnSectionBelowTheFindings_AndCanBeAcceptedOrRejected()
    {
        using var factory = HostWithHints();
        var reviewer = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("审核员甲", Roles.Reviewer));
        var (id, json) = await SubmitSeedDraftAsync(factory);

        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        var hints = json.GetProperty("hints").EnumerateArray().ToList();
        Assert.That(findings.Select(f => f.GetProperty("source").GetString()), Is.Not.Empty.And.All.EqualTo("rule"));
        Assert.That(hints.Select(f => (f.GetProperty("source").GetString(), f.GetProperty("ruleId").GetString())), Is.EqualTo(new[] { ("classifier", "LR0105"), ("classifier", "LR0105") }));

        var browser = await HostClient.SignedInAsync(factory, "审核员甲", SampleHostFactory.UserPassword);
        var html = await browser.GetStringAsync($"/Cases/Review/{id}");
        var heading = html.IndexOf("模型提示（仅供参考，未经规则确认）", StringComparison.Ordinal);
        Assert.That(heading, Is.GreaterThan(0), "the hints' section");
        var section = html[heading..html.IndexOf("<section class=\"conclude card\">", StringComparison.Ordinal)];
        var ruleKeys = findings.Select(ConcludedCaseTests.Key).ToList();
        var hintKeys = hints.Select(ConcludedCaseTests.Key).ToList();
        Assert.Multiple(() =>
        {
            foreach (var key in ruleKeys)
            {
                var card = html.IndexOf($"id=\"f-{key}\"", StringComparison.Ordinal);
                Assert.That(card, Is.GreaterThan(0).And.LessThan(heading), "a rule's finding is listed above the hints");
            }

            foreach (var key in hintKeys)
            {
                Assert.That(section, Does.Contain($"id=\"f-{key}\""), "a hint is listed in the hints' section");
                Assert.That(html.IndexOf($"id=\"f-{key}\"", StringComparison.Ordinal), Is.GreaterThan(heading));
            }

            Assert.That(section, Does.Not.Contain("data-source=\"rule\""));
            Assert.That(section, Does.Contain("class=\"finding info hint\"").And.Contain("模型提示·分类器"));
            Assert.That(html, Does.Contain("<mark class=\"hint\""), "the hints' words are marked apart in the text");
        });

        var accepted = hints.Single(h => h.GetProperty("quote").GetString()!.Contains(HintWords[0], StringComparison.Ordinal));
        var rejected = hints.Single(h => h.GetProperty("quote").GetString()!.Contains(HintWords[1], StringComparison.Ordinal));
        using (var accept = await reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{ConcludedCaseTests.Key(accepted)}/decision", new { accept = true }))
        {
            Assert.That(accept.IsSuccessStatusCode, Is.True, await accept.Content.ReadAsStringAsync());
        }

        using (var reject = await reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{ConcludedCaseTests.Key(rejected)}/decision", new { accept = false, reason = "材料要求有依据，经核合法" }))
        {
            Assert.That(reject.IsSuccessStatusCode, Is.True, await reject.Content.ReadAsStringAsync());
        }

        var current = JsonDocument.Parse(await reviewer.GetStringAsync($"/api/reviews/{id}")).RootElement;
        var after = current.GetProperty("hints").EnumerateArray().ToDictionary(ConcludedCaseTests.Key, h => h.GetProperty("suppressed").GetBoolean());
        Assert.That(after, Is.EquivalentTo(new Dictionary<string, bool> { [ConcludedCaseTests.Key(accepted)] = false, [ConcludedCaseTests.Key(rejected)] = true }), "the rejected hint stays a hint, suppressed");

        // The accepted hint becomes an opinion of the letter; the rejected one does not.
        var letter = DocxContent.Open(await reviewer.GetByteArrayAsync($"/api/reviews/{id}/opinion")).Text;
        Assert.That(letter, Does.Contain(HintWords[0]).And.Not.Contain(HintWords[1]));
    }

    [Test]
    public async Task UndecidedHints_DoNotHoldUpTheConclusion_AndStayOutOfTheLetter()
    {
        using var factory = HostWithHints();
        var reviewer = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("审核员甲", Roles.Reviewer));
        var (id, json) = await SubmitSeedDraftAsync(factory);
        Assert.That(json.GetProperty("hints").GetArrayLength(), Is.EqualTo(2));

        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        foreach (var f in findings.Take(findings.Count - 1))
        {
            using var accept = await reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{ConcludedCaseTests.Key(f)}/decision", new { accept = true });
            Assert.That(accept.IsSuccessStatusCode, Is.True, await accept.Content.ReadAsStringAsync());
        }

        // One rule finding left undecided holds the conclusion up, and the answer counts only the rules' findings.
        using (var early = await reviewer.PostAsJsonAsync($"/api/reviews/{id}/conclusion", new { conclusion = "修改后合法" }))
        {
            Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await early.Content.ReadAsStringAsync(), Does.Contain("尚有 1 项审查发现"));
        }

        using (var last = await reviewer.PostAsJsonAsync($"/api/reviews/{id}/findings/{ConcludedCaseTests.Key(findings[^1])}/decision", new { accept = true }))
        {
            Assert.That(last.IsSuccessStatusCode, Is.True);
        }

        // The two hints are still undecided: the case concludes all the same, and the letter does not carry them.
        using (var concluded = await reviewer.PostAsJsonAsync($"/api/reviews/{id}/conclusion", new { conclusion = "修改后合法" }))
        {
            Assert.That(concluded.IsSuccessStatusCode, Is.True, await concluded.Content.ReadAsStringAsync());
        }

        var letter = DocxContent.Open(await reviewer.GetByteArrayAsync($"/api/reviews/{id}/opinion")).Text;
        Assert.That(letter, Does.Not.Contain(HintWords[0]).And.Not.Contain(HintWords[1]));
    }

    [Test]
    public void Paging_RunsThroughTheFindingsThenTheHints_EachInItsOwnArray()
    {
        var json = """{ "schemaVersion": "1.2", "findings": [{ "k": "a" }, { "k": "b" }, { "k": "c" }], "hints": [{ "k": "d" }, { "k": "e" }] }""";

        var pages = new[] { 0, 2, 4 }.Select(o => JsonNode.Parse(FindingPaging.Slice(json, o, 2, 2))!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => Keys(p["findings"])), Is.EqualTo(new[] { "ab", "c", string.Empty }));
            Assert.That(pages.Select(p => Keys(p["hints"])), Is.EqualTo(new[] { string.Empty, "d", "e" }));
            Assert.That(pages.Select(p => p["paging"]!["count"]!.GetValue<int>()), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(pages[0]["paging"]!["total"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(pages[0]["paging"]!["findings"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(pages[0]["paging"]!["hints"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(pages[0]["paging"]!["note"]!.GetValue<string>(), Does.Contain("模型提示 2 项").And.Contain("offset"));
        });

        // A result stored before schema 1.2 has no hints and is paged through its findings alone.
        var old = JsonNode.Parse(FindingPaging.Slice("""{ "schemaVersion": "1.1", "findings": [{ "k": "a" }, { "k": "b" }, { "k": "c" }] }""", 2, 2, 2))!;
        Assert.That((Keys(old["findings"]), old["hints"], old["paging"]!["total"]!.GetValue<int>()), Is.EqualTo(("c", (JsonNode?)null, 3)));
    }

    private static string Keys(JsonNode? array) => string.Concat(array!.AsArray().Select(n => n!["k"]!.GetValue<string>()));
}
