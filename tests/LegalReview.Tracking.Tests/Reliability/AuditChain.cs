namespace LegalReview.Tracking.Tests.Reliability;

/// <summary>Checks that a filing's stored state is exactly what its audit trail says happened to it.</summary>
internal static class AuditChain
{
    /// <summary>
    /// Asserts that the trail has one event per version, starts with the creation, chains each event's from-state to
    /// the previous to-state, takes only moves the state machine allows, and ends in the stored state.
    /// </summary>
    /// <param name="filing">The stored filing.</param>
    /// <param name="trail">Its audit trail, oldest first.</param>
    public static void AssertValid(Filing filing, IReadOnlyList<AuditEvent> trail)
    {
        Assert.That(trail, Has.Count.EqualTo(filing.Version), $"{filing.Id}: one audit event per version");
        Assert.That(trail[0].FromState, Is.Null, $"{filing.Id}: the trail starts with the creation");
        for (var k = 1; k < trail.Count; k++)
        {
            Assert.That(trail[k].FromState, Is.EqualTo(trail[k - 1].ToState), $"{filing.Id}: event {k} starts where event {k - 1} ended");
            var from = TrackingNames.Parse<FilingStatus>(trail[k].FromState!);
            var to = TrackingNames.Parse<FilingStatus>(trail[k].ToState);
            Assert.That(FilingStateMachine.CanMove(from, to), Is.True, $"{filing.Id}: event {k} ({from} → {to}) is a move the workflow allows");
        }

        Assert.That(trail[^1].ToState, Is.EqualTo(TrackingNames.Code(filing.Status)), $"{filing.Id}: the trail ends in the stored state");
    }

    /// <summary>
    /// Asserts that every filing in the store has a valid trail, every record has as many events as its version, and
    /// no event belongs to a record that is not there.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <returns>The exported snapshot, for further checks.</returns>
    public static async Task<TrackingSnapshot> AssertStoreConsistentAsync(ITrackingStore store)
    {
        var snapshot = await store.ExportAsync();
        var versions = new Dictionary<(TrackingEntityKind, string), long>();
        foreach (var f in snapshot.Filings)
        {
            versions[(TrackingEntityKind.Filing, f.Id)] = f.Version;
        }

        foreach (var p in snapshot.Projects)
        {
            versions[(TrackingEntityKind.Project, p.Id)] = p.Version;
        }

        foreach (var r in snapshot.ReviewCases)
        {
            versions[(TrackingEntityKind.ReviewCase, r.Id)] = r.Version;
        }

        foreach (var d in snapshot.Documents)
        {
            versions[(TrackingEntityKind.Document, d.Id)] = d.Version;
        }

        var trails = snapshot.AuditEvents.GroupBy(e => (e.EntityKind, e.EntityId)).ToDictionary(g => g.Key, g => g.ToList());
        Assert.That(trails.Keys.Where(key => !versions.ContainsKey(key)), Is.Empty, "no audit event without its record");
        Assert.That(snapshot.AuditEvents.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(snapshot.AuditEvents.Count), "no duplicate audit event");
        foreach (var (key, version) in versions)
        {
            Assert.That(trails.TryGetValue(key, out var trail) ? trail.Count : 0, Is.EqualTo(version), $"{key.Item1} {key.Item2}: one audit event per version");
        }

        foreach (var filing in snapshot.Filings)
        {
            AssertValid(filing, trails[(TrackingEntityKind.Filing, filing.Id)]);
        }

        return snapshot;
    }
}
