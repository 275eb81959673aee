using LegalReview.Tracking;

namespace LegalReview.SampleHost.Tracking;

/// <summary>
/// Imports the bundled <c>seeds/tracking/2024.json</c> (a county's filings, project library and review cases of 2024)
/// so a visitor sees real figures on the statistics and filing pages.
/// </summary>
public sealed partial class TrackingSeed(ITrackingStore store, ILogger<TrackingSeed> logger)
{
    private const string ResourceName = "LegalReview.SampleHost.Seeds.tracking-2024.json";

    /// <summary>Imports the seed; false when its records are already in the store (nothing is imported then).</summary>
    public async Task<bool> ImportAsync(CancellationToken cancellationToken = default)
    {
        await using var stream = typeof(TrackingSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        var snapshot = await TrackingJson.ReadAsync(stream, cancellationToken);
        try
        {
            await store.ImportAsync(snapshot, cancellationToken);
        }
        catch (TrackingException ex)
        {
            LogAlreadyImported(logger, ex.Message);
            return false;
        }

        LogImported(logger, snapshot.Filings.Count, snapshot.Projects.Count, snapshot.ReviewCases.Count);
        return true;
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Imported the tracking seed: {Filings} filings, {Projects} projects, {Cases} review cases")]
    private static partial void LogImported(ILogger logger, int filings, int projects, int cases);

    [LoggerMessage(EventId = 41, Level = LogLevel.Information, Message = "Tracking seed not imported: {Reason}")]
    private static partial void LogAlreadyImported(ILogger logger, string reason);
}
