using LegalReview.Tracking;
using Microsoft.Extensions.Options;

namespace LegalReview.SampleHost.Tracking;

/// <summary>Migrates the tracking store at start-up and imports the seed when <c>SampleHost:SeedTracking</c> is true.</summary>
public sealed class TrackingInitializer(ITrackingStore store, TrackingSeed seed, IOptions<SampleHostOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        if (options.Value.SeedTracking)
        {
            await seed.ImportAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
