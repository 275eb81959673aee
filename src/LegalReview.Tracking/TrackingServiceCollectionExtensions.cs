using LegalReview.Calendar;
using LegalReview.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace LegalReview.Tracking;

/// <summary>Registers the tracking store and workflow with Microsoft.Extensions.DependencyInjection.</summary>
public static class TrackingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the embedded SQLite <see cref="ITrackingStore"/> over one file, the holiday calendar, the deadline
    /// calculator and <see cref="TrackingWorkflow"/> with the Fujian periods. The host calls
    /// <see cref="ITrackingStore.MigrateAsync"/> at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="databasePath">The SQLite file.</param>
    /// <returns>The service collection.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddLegalReviewTracking("tracking.db");
    /// // at start-up
    /// await app.Services.GetRequiredService&lt;ITrackingStore&gt;().MigrateAsync();
    /// </code>
    /// </example>
    public static IServiceCollection AddLegalReviewTracking(this IServiceCollection services, string databasePath) =>
        services.AddLegalReviewTracking(databasePath, null);

    /// <summary>
    /// Adds the embedded SQLite <see cref="ITrackingStore"/> over one file, the holiday calendar, the deadline
    /// calculator and <see cref="TrackingWorkflow"/>. The host calls <see cref="ITrackingStore.MigrateAsync"/> at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="databasePath">The SQLite file.</param>
    /// <param name="profile">The profile that gives the periods; Fujian when null.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLegalReviewTracking(this IServiceCollection services, string databasePath, ReviewProfile? profile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return services.AddLegalReviewTracking(sp => new SqliteTrackingStore(databasePath, sp.GetService<ILogger<SqliteTrackingStore>>()), profile);
    }

    /// <summary>
    /// Adds a tracking store built by <paramref name="storeFactory"/> (e.g. the PostgreSQL store), with the calculator
    /// and the workflow with the Fujian periods.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="storeFactory">Builds the store once; it is a singleton (every operation opens its own connection).</param>
    /// <returns>The service collection.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddLegalReviewTracking(sp => new PostgreSqlTrackingStore(connectionString));
    /// </code>
    /// </example>
    public static IServiceCollection AddLegalReviewTracking(this IServiceCollection services, Func<IServiceProvider, ITrackingStore> storeFactory) =>
        services.AddLegalReviewTracking(storeFactory, null);

    /// <summary>Adds a tracking store built by <paramref name="storeFactory"/> (e.g. the PostgreSQL store), with the calculator and workflow.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="storeFactory">Builds the store once; it is a singleton (every operation opens its own connection).</param>
    /// <param name="profile">The profile that gives the periods; Fujian when null.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLegalReviewTracking(this IServiceCollection services, Func<IServiceProvider, ITrackingStore> storeFactory, ReviewProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(storeFactory);
        services.TryAddSingleton(HolidayCalendar.Default);
        services.TryAddSingleton(sp => new DeadlineCalculator(sp.GetRequiredService<HolidayCalendar>()));
        services.TryAddSingleton(storeFactory);
        services.TryAddSingleton(sp => new TrackingWorkflow(
            sp.GetRequiredService<ITrackingStore>(),
            profile ?? ReviewProfile.Fujian,
            sp.GetRequiredService<DeadlineCalculator>(),
            sp.GetService<TimeProvider>()));
        return services;
    }
}
