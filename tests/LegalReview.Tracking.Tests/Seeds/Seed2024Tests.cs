using LegalReview.Calendar;
using LegalReview.Review;

namespace LegalReview.Tracking.Tests.Seeds;

public sealed class Seed2024Tests
{
    [Test]
    public void CommittedSeed_IsWhatTheGeneratorProduces()
    {
        var committed = File.ReadAllText(RepositoryFiles.Seed2024);

        Assert.That(committed, Is.EqualTo(TrackingJson.Serialize(Seed2024Generator.Generate())), "regenerate with the explicit test WriteSeedFile");
    }

    [Test]
    public void Seed_DeadlinesFollowTheFujianProfileAndTheCalendar()
    {
        var snapshot = Seed2024Generator.Generate();
        var machine = new FilingStateMachine(TrackingWorkflow.PeriodsOf(ReviewProfile.Fujian), new DeadlineCalculator());

        Assert.That(snapshot.Filings.All(f => f.DueOn == machine.FilingDeadline(f.PublishedOn).DueOn), Is.True);
        Assert.That(snapshot.Filings.Where(f => f.IsOutgoing).All(f => f.SubmittedOn <= f.DueOn), Is.True, "the report says the upward filings were on time");
        Assert.That(snapshot.Filings.Count(f => f.NoticeNumber is not null && f.NoticeNumber.StartsWith("晋司备补", StringComparison.Ordinal)), Is.EqualTo(3));
        Assert.That(snapshot.Documents.Select(d => d.DocumentNumber), Is.Unique);
        Assert.That(snapshot.Filings.Where(f => !f.IsOutgoing).Select(f => f.DocumentNumber), Is.Unique);
    }

    [Test]
    public void Seed_EveryRecordHasItsCreationEventAndOneEventPerVersion()
    {
        var snapshot = Seed2024Generator.Generate();
        var counts = snapshot.AuditEvents.GroupBy(e => (e.EntityKind, e.EntityId)).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(snapshot.Projects.All(p => counts[(TrackingEntityKind.Project, p.Id)] == p.Version), Is.True);
        Assert.That(snapshot.ReviewCases.All(r => counts[(TrackingEntityKind.ReviewCase, r.Id)] == r.Version), Is.True);
        Assert.That(snapshot.Documents.All(d => counts[(TrackingEntityKind.Document, d.Id)] == d.Version), Is.True);
        Assert.That(snapshot.Filings.All(f => counts[(TrackingEntityKind.Filing, f.Id)] == f.Version), Is.True);
    }

    [Test]
    [Explicit("Writes seeds/tracking/2024.json")]
    public void WriteSeedFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(RepositoryFiles.Seed2024)!);
        File.WriteAllText(RepositoryFiles.Seed2024, TrackingJson.Serialize(Seed2024Generator.Generate()));
        Assert.That(File.Exists(RepositoryFiles.Seed2024), Is.True);
    }
}
