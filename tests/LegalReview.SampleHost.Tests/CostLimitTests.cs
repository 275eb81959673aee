using System.Net;
using System.Text;
using System.Text.Json;
using LegalReview.Review;
using LegalReview.SampleHost.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

/// <summary>What one request may cost: draft size limits, per-user review rate, request time and findings per answer or page.</summary>
public sealed class CostLimitTests
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    private static string Draft(int articles, int filler = 10)
    {
        var sb = new StringBuilder("晋江市某某管理办法\n");
        for (var i = 1; i <= articles; i++)
        {
            sb.Append("第").Append(Numerals[i - 1]).Append("条 ").Append(new string('规', filler)).Append("。\n");
        }

        return sb.ToString();
    }

    private static async Task<HttpResponseMessage> SubmitTextAsync(HttpClient drafter, string text) =>
        await drafter.PostAsync("/api/reviews", HostClient.Upload(Encoding.UTF8.GetBytes(text), "草案.txt"));

    [Test]
    public async Task DraftBeyondTheCharacterLimit_Is413_AndBeyondTheProvisionLimit_Is422_InChinese()
    {
        using var factory = new SampleHostFactory(settings: new Dictionary<string, string>
        {
            ["SampleHost:MaxDraftCharacters"] = "400",
            ["SampleHost:MaxDraftProvisions"] = "8",
        });
        var drafter = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("商务局", Roles.Drafter));

        using (var large = await SubmitTextAsync(drafter, Draft(3, filler: 300)))
        {
            Assert.That(large.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(await large.Content.ReadAsStringAsync(), Does.Contain("字的上限"));
        }

        using (var many = await SubmitTextAsync(drafter, Draft(12)))
        {
            Assert.That(many.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(await many.Content.ReadAsStringAsync(), Does.Contain("个条款的上限"));
        }

        using var within = await SubmitTextAsync(drafter, Draft(2));
        Assert.That(within.StatusCode, Is.EqualTo(HttpStatusCode.Created), await within.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task ReviewsPerMinute_AreLimitedPerUser_With429AndRetryAfter()
    {
        using var factory = new SampleHostFactory(settings: new Dictionary<string, string> { ["SampleHost:ReviewsPerMinute"] = "2" });
        var drafter = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("商务局", Roles.Drafter));
        var other = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("教育局", Roles.Drafter));
        for (var i = 0; i < 2; i++)
        {
            using var ok = await SubmitTextAsync(drafter, Draft(2));
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        using var refused = await SubmitTextAsync(drafter, Draft(2));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("请求过于频繁"));
        Assert.That(refused.Headers.RetryAfter, Is.Not.Null);

        using var another = await SubmitTextAsync(other, Draft(2));
        Assert.That(another.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the limit is per user");
    }

    [Test]
    public async Task RequestBeyondTheTimeLimit_Is504_InChinese()
    {
        // Warm first (models loaded, code compiled), as a host is after its first review: the harder case for the limit.
        using (var warm = new SampleHostFactory())
        {
            using var first = await SubmitTextAsync(HostClient.WithApiKey(warm, await warm.ApiKeyAsync("商务局", Roles.Drafter)), Draft(2));
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        using var factory = new SampleHostFactory(settings: new Dictionary<string, string>
        {
            ["SampleHost:RequestTimeoutSeconds"] = "0.02",
            // The size limits are tested on their own; here only the time limit may answer.
            ["SampleHost:MaxDraftProvisions"] = "100000",
        });
        var drafter = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("商务局", Roles.Drafter));
        // A draft whose review takes far longer than the limit on any machine, even with everything warm: 2,000
        // articles made of the problem draft's article texts (about a hundred times the limit on a fast machine; the
        // draft's own text sixty times over was not enough once the models had been loaded by earlier tests: its
        // review could finish inside the limit and answer 201). The review checks its token between rules and between
        // the model stages' slices, so it stops wherever the limit falls.
        var seed = await File.ReadAllLinesAsync(Path.Combine(Path.GetDirectoryName(HostClient.SeedDraft)!, "src", "09-problem-rules.txt"));
        var bodies = seed.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^第\S+?条\s*(?<t>.+)$")).Where(m => m.Success).Select(m => m.Groups["t"].Value).ToArray();
        var draft = new StringBuilder("晋江市商贸流通企业扶持资金管理实施细则\n");
        for (var i = 1; i <= 2000; i++)
        {
            draft.Append('第').Append(i).Append("条 ").Append(bodies[i % bodies.Length]).Append('\n');
        }

        var text = draft.ToString();
        Assert.That(text, Has.Length.LessThan(300_000), "within the default character limit, so the timeout is what answers");
        using var response = await SubmitTextAsync(drafter, text);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("处理超时"));
    }

    /// <summary>A review service whose reviews wait until the test lets them go, so that slots and the queue can be filled.</summary>
    private sealed class HeldReviews : ILegalReviewService
    {
        private readonly ILegalReviewService _inner = new ServiceCollection().AddLogging().AddLegalReview().BuildServiceProvider().GetRequiredService<ILegalReviewService>();
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;

        public int Started => Volatile.Read(ref _started);

        public void Release() => _release.TrySetResult();

        public async Task<ReviewResult> ReviewAsync(Stream content, string fileName, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _started);
            await _release.Task.WaitAsync(cancellationToken);
            return await _inner.ReviewAsync(content, fileName, metadata, cancellationToken);
        }

        public Task<ReviewResult> ReviewFileAsync(string path, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }

    [Test]
    public async Task ReviewsBeyondTheSlotsAndTheQueue_Are503_InChinese_AndTheHeldOnesFinish()
    {
        var held = new HeldReviews();
        using var factory = new SampleHostFactory(
            settings: new Dictionary<string, string>
            {
                ["SampleHost:MaxConcurrentReviews"] = "1",
                ["SampleHost:MaxQueuedReviews"] = "1",
                ["SampleHost:ReviewsPerMinute"] = "100",
            },
            services: s => s.AddSingleton<ILegalReviewService>(held));
        var drafter = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("商务局", Roles.Drafter));
        var other = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("教育局", Roles.Drafter));

        // One review takes the only slot, a second waits in the queue of one.
        var running = SubmitTextAsync(drafter, Draft(2));
        await WaitUntilAsync(() => held.Started == 1);
        var waiting = SubmitTextAsync(other, Draft(2));
        await Task.Delay(200);

        // The third is refused at once, whoever sends it: the queue is the host's, not the user's.
        using (var refused = await SubmitTextAsync(drafter, Draft(2)).WaitAsync(TimeSpan.FromSeconds(30)))
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("审查任务较多，请稍后再试"));
        }

        held.Release();
        using var first = await running;
        using var second = await waiting;
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created), await second.Content.ReadAsStringAsync());

        // With the slot free again, a new review is accepted.
        using var after = await SubmitTextAsync(drafter, Draft(2));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.That(condition(), Is.True, "the first review did not start within 30 s");
    }

    [Test]
    public async Task ManyFindings_ArePagedInTheJsonAndOnTheReviewPage()
    {
        using var factory = new SampleHostFactory(settings: new Dictionary<string, string>
        {
            ["SampleHost:MaxFindingsPerResponse"] = "3",
            ["SampleHost:FindingsPerPage"] = "2",
        });
        var drafter = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("商务局", Roles.Drafter));
        var reviewer = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("审核员甲", Roles.Reviewer));
        using var submitted = await drafter.PostAsync("/api/reviews", HostClient.Upload(await File.ReadAllBytesAsync(HostClient.SeedDraft), "09-problem-rules.docx"));
        var first = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement;
        var total = first.GetProperty("paging").GetProperty("total").GetInt32();
        Assert.That(total, Is.GreaterThan(4), "the seed draft has more findings than one answer may carry here");
        Assert.That(first.GetProperty("findings").GetArrayLength(), Is.EqualTo(3));
        Assert.That(first.GetProperty("paging").GetProperty("note").GetString(), Does.Contain("offset"));

        var id = submitted.Headers.Location!.OriginalString;
        var seen = new List<string>();
        for (var offset = 0; offset < total; offset += 3)
        {
            var page = JsonDocument.Parse(await reviewer.GetStringAsync($"{id}?offset={offset}")).RootElement;
            seen.AddRange(page.GetProperty("findings").EnumerateArray().Select(ConcludedCaseTests.Key));
        }

        Assert.That(seen, Has.Count.EqualTo(total).And.Unique, "the pages together give every finding once");

        var browser = await HostClient.SignedInAsync(factory, "审核员甲", SampleHostFactory.UserPassword);
        var html = await browser.GetStringAsync($"/Cases/Review/{id.Split('/')[^1]}");
        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "class=\"finding ").Count, Is.EqualTo(2));
        Assert.That(html, Does.Contain("下一页"));
    }
}
