using System.Globalization;
using LegalReview.Tracking.CrashHost;

namespace LegalReview.Tracking.Tests.Reliability;

/// <summary>
/// Kills a process that is writing to the store with SIGKILL, at varied points, and checks that every acknowledged
/// write survived, that nothing is half-written (each transition has its audit event; an import batch is all or
/// nothing) and that a re-run completes the rest without duplicates.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
[NonParallelizable]
public sealed class CrashSafetyTests(string kind)
{
    // Enough work that the host cannot finish before the test, which reads its output on a busy machine, gets round to
    // the kill: the kills must land while the host is still writing. SQLite imports fastest, so it gets more batches.
    private readonly int _filings = 400;
    private readonly int _batches = kind == "sqlite" ? 60 : 24;
    private StoreTarget _target = null!;

    [SetUp]
    public async Task CreateTarget() => _target = await StoreTarget.CreateAsync(kind);

    [TearDown]
    public async Task DropTarget()
    {
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }
    }

    [Test]
    public async Task KilledDuringTransitions_KeepsEveryCommittedTransitionWithItsEvent_AndResumes()
    {
        var committed = new Dictionary<string, long>(StringComparer.Ordinal);
        var kills = 0;
        var random = new Random(20241127);
        foreach (var after in new[] { 13, 19, 23, 29, 31 })
        {
            var run = await CrashHostProcess.RunAsync(_target, "transitions", _filings, after, TimeSpan.FromMilliseconds(random.Next(0, 15)));
            Assert.That(run.Killed, Is.True, $"the host finished before the kill; stderr: {run.Error}");
            kills++;
            foreach (var line in run.Lines.Where(l => l.StartsWith("committed ", StringComparison.Ordinal)))
            {
                var parts = line.Split(' ');
                committed[parts[1]] = long.Parse(parts[2], CultureInfo.InvariantCulture);
            }

            await using var store = _target.Open();
            foreach (var (id, version) in committed)
            {
                var stored = await store.GetFilingAsync(id);
                Assert.That(stored, Is.Not.Null, $"{id} was reported committed");
                Assert.That(stored!.Version, Is.GreaterThanOrEqualTo(version), $"{id}: the reported version {version} survived the kill");
            }

            await AuditChain.AssertStoreConsistentAsync(store);
        }

        var final = await CrashHostProcess.RunAsync(_target, "transitions", _filings, null);
        Assert.That(final.ExitCode, Is.EqualTo(0), final.Error);
        Assert.That(final.Lines[^1], Is.EqualTo("done"));

        await using var check = _target.Open();
        var snapshot = await AuditChain.AssertStoreConsistentAsync(check);
        Assert.That(snapshot.Filings.Select(f => f.Id), Is.EqualTo(Enumerable.Range(0, _filings).Select(CrashWriter.FilingId)));
        Assert.That(snapshot.Filings.Select(f => f.Status), Is.All.EqualTo(FilingStatus.Approved));
        Assert.That(snapshot.Filings.Select(f => f.Version), Is.All.EqualTo(4));
        Assert.That(snapshot.AuditEvents, Has.Count.EqualTo(_filings * 4));
        Assert.That(kills, Is.EqualTo(5));
        TestContext.Out.WriteLine($"{kind}: {kills} kills survived; {committed.Count} filings had acknowledged writes before the last kill.");
    }

    [Test]
    public async Task KilledDuringImport_LeavesEachBatchWholeOrAbsent_AndResumes()
    {
        var committed = new HashSet<int>();
        var random = new Random(1127);
        foreach (var after in new[] { 1, 2, 2, 3 })
        {
            var run = await CrashHostProcess.RunAsync(_target, "import", _batches, after, TimeSpan.FromMilliseconds(random.Next(0, 40)));
            Assert.That(run.Killed, Is.True, $"the host finished before the kill; stderr: {run.Error}");
            foreach (var line in run.Lines.Where(l => l.StartsWith("committed batch ", StringComparison.Ordinal)))
            {
                committed.Add(int.Parse(line["committed batch ".Length..], CultureInfo.InvariantCulture));
            }

            await using var store = _target.Open();
            var snapshot = await AuditChain.AssertStoreConsistentAsync(store);
            var perBatch = snapshot.Filings.GroupBy(f => f.Id[..5], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            Assert.That(perBatch.Values, Is.All.EqualTo(CrashWriter.BatchSize), "an import batch is stored whole or not at all");
            foreach (var batch in committed)
            {
                Assert.That(perBatch.ContainsKey(CrashWriter.ImportedId(batch, 0)[..5]), Is.True, $"batch {batch} was reported committed");
            }
        }

        var final = await CrashHostProcess.RunAsync(_target, "import", _batches, null);
        Assert.That(final.ExitCode, Is.EqualTo(0), final.Error);

        await using var check = _target.Open();
        var all = await AuditChain.AssertStoreConsistentAsync(check);
        Assert.That(all.Filings, Has.Count.EqualTo(_batches * CrashWriter.BatchSize));
        Assert.That(all.AuditEvents, Has.Count.EqualTo(_batches * CrashWriter.BatchSize));
        Assert.That(all.Filings.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(_batches * CrashWriter.BatchSize));
        TestContext.Out.WriteLine($"{kind}: 4 kills during import survived; {committed.Count} of {_batches} batches acknowledged before the last kill.");
    }
}
