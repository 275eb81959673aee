using LegalReview.Review;
using LegalReview.Tracking;
using LegalReview.Tracking.PostgreSql;
using Microsoft.Data.Sqlite;

namespace LegalReview.SampleHost.Tracking;

/// <summary>
/// Chooses the tracking store from <c>ConnectionStrings:Tracking</c>: PostgreSQL when the value starts with
/// <c>Host=</c> or <c>postgres://</c>, otherwise an SQLite file (default <c>App_Data/tracking.db</c> under the content root).
/// </summary>
public static class TrackingRegistration
{
    public const string ConnectionStringName = "Tracking";
    public const string DefaultConnectionString = "Data Source=App_Data/tracking.db";

    public static IServiceCollection AddSampleHostTracking(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        if (IsPostgreSql(configured))
        {
            services.AddLegalReviewTracking(sp => new PostgreSqlTrackingStore(configured, sp.GetService<ILogger<PostgreSqlTrackingStore>>()), ReviewProfile.Fujian);
        }
        else
        {
            var path = new SqliteConnectionStringBuilder(configured).DataSource;
            if (!Path.IsPathRooted(path))
            {
                path = Path.Combine(environment.ContentRootPath, path);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Like the host's own database: created readable and writable by the service user only.
            Data.SqliteDatabase.CreatePrivateFile(path);
            services.AddLegalReviewTracking(path, ReviewProfile.Fujian);
        }

        services.AddSingleton<TrackingSeed>();
        services.AddHostedService<TrackingInitializer>();
        return services;
    }

    public static bool IsPostgreSql(string connectionString) =>
        connectionString.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
}
