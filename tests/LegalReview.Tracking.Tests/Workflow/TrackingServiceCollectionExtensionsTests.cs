using LegalReview.Review;
using LegalReview.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Tracking.Tests.Workflow;

public sealed class TrackingServiceCollectionExtensionsTests
{
    [Test]
    public async Task AddLegalReviewTracking_ResolvesAWorkingWorkflowOverSqlite()
    {
        using var folder = new TempDirectory("lr-tracking-di-");
        var path = folder.Combine("tracking.db");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2024, 9, 20, 2, 0, 0, TimeSpan.Zero)));
        services.AddLegalReviewTracking(path, ReviewProfile.National);

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<ITrackingStore>();
            await store.MigrateAsync();
            var workflow = provider.GetRequiredService<TrackingWorkflow>();
            var filing = await workflow.AddOutgoingFilingAsync(FilingDirection.ToUpperGovernment, "晋政规〔2024〕8号", "甲", "晋江市人民政府", "泉州市人民政府", new DateOnly(2024, 9, 1), "王敏");

            Assert.That(workflow.Profile, Is.SameAs(ReviewProfile.National));
            Assert.That(workflow.Today, Is.EqualTo(new DateOnly(2024, 9, 20)));
            Assert.That(filing.DueOn, Is.EqualTo(new DateOnly(2024, 10, 8)), "national profile: 30 days");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
