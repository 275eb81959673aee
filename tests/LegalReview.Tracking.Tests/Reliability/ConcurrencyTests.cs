using System.Collections.Concurrent;
using LegalReview.Calendar;
using LegalReview.Review;

namespace LegalReview.Tracking.Tests.Reliability;

/// <summary>
/// Sixteen writers, each with its own store instance and connections, advance the same filings at once. No update may
/// be lost, every audit trail must be a path the workflow allows, and the losers of a race must get
/// <see cref="ConcurrencyConflictException"/> and nothing else.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
[NonParallelizable]
public sealed class ConcurrencyTests(string kind)
{
    private const int Writers = 16;
    private const int Filings = 12;
    private const int AttemptsPerWriter = 30;
    private const int Rounds = 10;
    private static readonly DateOnly On = new(2024, 4, 1);
    private static readonly DateTimeOffset Now = new(2024, 4, 1, 2, 0, 0, TimeSpan.Zero);

    private StoreTarget _target = null!;
    private readonly List<ITrackingStore> _stores = [];

    [SetUp]
    public async Task CreateTarget()
    {
        _target = await StoreTarget.CreateAsync(kind);
        await using var setup = _target.Open();
        await setup.MigrateAsync();
        for (var i = 0; i < Writers; i++)
        {
            _stores.Add(_target.Open());
        }
    }

    [TearDown]
    public async Task DropTarget()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        _stores.Clear();
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }
    }

    [Test]
    public async Task SixteenWritersRacingOnOneFilingPerRound_ExactlyOneWinsEachRound()
    {
        var ids = await AddFilingsAsync(Rounds);
        var successes = new long[Rounds];
        var conflicts = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var id = ids[round];

            // Everyone reads before anyone writes, so all sixteen attempts carry the same version.
            var seen = await Task.WhenAll(_stores.Select(s => s.GetFilingAsync(id)));
            var outcomes = await Task.WhenAll(_stores.Select((s, w) => TryAdvanceAsync(s, seen[w]!, w)));
            successes[round] = outcomes.Count(o => o);
            conflicts += outcomes.Count(o => !o);
        }

        Assert.That(successes, Is.All.EqualTo(1));
        Assert.That(conflicts, Is.EqualTo(Rounds * (Writers - 1)));
        await using var check = _target.Open();
        foreach (var id in ids)
        {
            var filing = (await check.GetFilingAsync(id))!;
            Assert.That(filing.Version, Is.EqualTo(2));
            AuditChain.AssertValid(filing, await check.GetAuditTrailAsync(TrackingEntityKind.Filing, id));
        }
    }

    [Test]
    public async Task SixteenWritersOverTwelveFilings_LoseNoUpdate_AndKeepEveryAuditChainValid()
    {
        var ids = await AddFilingsAsync(Filings);
        var successes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var conflicts = 0;
        var writers = _stores.Select((store, w) => Task.Run(async () =>
        {
            var random = new Random(1000 + w);
            for (var attempt = 0; attempt < AttemptsPerWriter; attempt++)
            {
                var id = ids[random.Next(ids.Count)];
                var current = (await store.GetFilingAsync(id))!;
                await Task.Yield();
                if (await TryAdvanceAsync(store, current, w))
                {
                    successes.AddOrUpdate(id, 1, (_, n) => n + 1);
                }
                else
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })).ToList();
        await Task.WhenAll(writers);

        await using var check = _target.Open();
        var snapshot = await AuditChain.AssertStoreConsistentAsync(check);
        foreach (var filing in snapshot.Filings)
        {
            Assert.That(filing.Version, Is.EqualTo(1 + successes.GetValueOrDefault(filing.Id)), $"{filing.Id}: no lost update");
        }

        var total = successes.Values.Sum();
        Assert.That(total + conflicts, Is.EqualTo(Writers * AttemptsPerWriter));
        Assert.That(snapshot.AuditEvents, Has.Count.EqualTo(Filings + total));
        Assert.That(conflicts, Is.GreaterThan(0), "sixteen writers over twelve filings must collide");
        TestContext.Out.WriteLine($"{kind}: {Writers} writers, {Writers * AttemptsPerWriter} attempts, {total} transitions committed, {conflicts} concurrency conflicts.");
    }

    /// <summary>
    /// The next move on a path that can go on for ever: 已报送 → 予以登记 → 审查中 ⇄ 需补充说明.
    /// </summary>
    private static FilingStatus Next(FilingStatus status) => status switch
    {
        FilingStatus.Submitted => FilingStatus.Registered,
        FilingStatus.Registered => FilingStatus.UnderReview,
        FilingStatus.UnderReview => FilingStatus.ExplanationRequested,
        FilingStatus.ExplanationRequested => FilingStatus.UnderReview,
        _ => throw new InvalidOperationException($"unexpected state {status}"),
    };

    private static async Task<bool> TryAdvanceAsync(ITrackingStore store, Filing current, int writer)
    {
        var workflow = new TrackingWorkflow(store, ReviewProfile.Fujian, new DeadlineCalculator(), new FixedTimeProvider(Now));
        var to = Next(current.Status);
        var changed = workflow.Filings.Apply(current, to, On, $"晋司备函〔2024〕{writer + 1}号");
        var change = workflow.Event(TrackingEntityKind.Filing, current.Id, $"审查员{writer + 1}", On, TrackingNames.Code(current.Status), TrackingNames.Code(to), $"转为{TrackingNames.Chinese(to)}。");
        try
        {
            var stored = await store.UpdateFilingAsync(changed, change);
            Assert.That(stored.Version, Is.EqualTo(current.Version + 1));
            return true;
        }
        catch (ConcurrencyConflictException ex)
        {
            Assert.That(ex.Message, Is.Not.Empty);
            return false;
        }
    }

    private async Task<List<string>> AddFilingsAsync(int count)
    {
        var workflow = new TrackingWorkflow(_stores[0], ReviewProfile.Fujian, new DeadlineCalculator(), new FixedTimeProvider(Now));
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var filing = await workflow.ReceiveFilingAsync(FilingDirection.FromDepartment, $"晋市监规〔2024〕{i + 1}号", $"晋江市市场监督管理局关于印发食品小作坊管理办法（第{i + 1}号）的通知", "晋江市市场监督管理局", "晋江市人民政府", new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 8), "陈志强");
            ids.Add(filing.Id);
        }

        return ids;
    }
}
