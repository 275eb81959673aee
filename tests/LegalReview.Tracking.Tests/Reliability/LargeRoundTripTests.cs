namespace LegalReview.Tracking.Tests.Reliability;

/// <summary>
/// Export then import of a large generated set (the contract suite covers the 2024 seed): every record and audit
/// event comes back exactly, through the store and through the JSON file, and a second import into the filled store
/// changes nothing.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
[NonParallelizable]
public sealed class LargeRoundTripTests(string kind)
{
    private const int Filings = 2000;

    [Test]
    public async Task LargeSet_RoundTripsThroughStoreAndJson_AndIsImportedAllOrNothing()
    {
        var snapshot = LargeSnapshotGenerator.Generate(Filings, seed: 20241127);
        await using var source = await StoreTarget.CreateAsync(kind);
        await using var target = await StoreTarget.CreateAsync(kind);
        TrackingSnapshot exported;
        await using (var store = source.Open())
        {
            await store.MigrateAsync();
            await store.ImportAsync(snapshot);
            exported = await store.ExportAsync();
            await AuditChain.AssertStoreConsistentAsync(store);
        }

        AssertSame(exported, snapshot);
        var json = TrackingJson.Serialize(exported);
        Assert.That(json, Is.EqualTo(TrackingJson.Serialize(snapshot)));

        await using var copy = target.Open();
        await copy.MigrateAsync();
        await copy.ImportAsync(TrackingJson.Deserialize(json));
        var again = await copy.ExportAsync();
        AssertSame(again, snapshot);
        Assert.That(TrackingJson.Serialize(again), Is.EqualTo(json));

        Assert.That(async () => await copy.ImportAsync(snapshot), Throws.TypeOf<TrackingException>());
        AssertSame(await copy.ExportAsync(), snapshot);
        TestContext.Out.WriteLine($"{kind}: {snapshot.Filings.Count} filings, {snapshot.Projects.Count} projects, {snapshot.ReviewCases.Count} review cases, {snapshot.Documents.Count} documents, {snapshot.AuditEvents.Count} audit events round-tripped; JSON {json.Length:N0} chars.");
    }

    private static void AssertSame(TrackingSnapshot actual, TrackingSnapshot expected)
    {
        Assert.That(actual.Settings, Is.EquivalentTo(expected.Settings));
        Assert.That(actual.Projects, Is.EqualTo(expected.Projects));
        Assert.That(actual.ReviewCases, Is.EqualTo(expected.ReviewCases));
        Assert.That(actual.Documents, Is.EqualTo(expected.Documents));
        Assert.That(actual.Filings, Is.EqualTo(expected.Filings));
        Assert.That(actual.AuditEvents, Is.EqualTo(expected.AuditEvents));
    }
}
