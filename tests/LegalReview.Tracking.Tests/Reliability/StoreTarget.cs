using LegalReview.Tracking.PostgreSql;
using LegalReview.Testing;
using Npgsql;

namespace LegalReview.Tracking.Tests.Reliability;

/// <summary>
/// One database the reliability tests write to: a SQLite file, or a fresh schema in the PostgreSQL named by
/// LEGALREVIEW_TEST_POSTGRES. Several store instances (and child processes) open the same target, as separate
/// clerks' machines would.
/// </summary>
internal sealed class StoreTarget : IAsyncDisposable
{
    private const string Variable = "LEGALREVIEW_TEST_POSTGRES";
    private readonly string? _schema;
    private readonly string? _adminConnectionString;

    private readonly TempDirectory? _folder;

    private StoreTarget(string kind, string location, string? schema, string? adminConnectionString, TempDirectory? folder = null)
    {
        _folder = folder;
        Kind = kind;
        Location = location;
        _schema = schema;
        _adminConnectionString = adminConnectionString;
    }

    /// <summary>"sqlite" or "postgres", as the crash host expects it.</summary>
    public string Kind { get; }

    /// <summary>The file path or the connection string (with the test's schema as search path).</summary>
    public string Location { get; }

    /// <summary>Creates an empty target of the given kind; ignores the test when PostgreSQL is not configured.</summary>
    /// <param name="kind">"sqlite" or "postgres".</param>
    /// <returns>The target.</returns>
    public static async Task<StoreTarget> CreateAsync(string kind)
    {
        if (kind == "sqlite")
        {
            var folder = new TempDirectory("lr-reliability-");
            return new StoreTarget(kind, folder.Combine("tracking.db"), null, null, folder);
        }

        var configured = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            Assert.Ignore($"{Variable} is not set; PostgreSQL reliability tests skipped.");
        }

        var admin = PostgreSqlTrackingStore.ToConnectionString(configured!);
        var schema = $"r_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var location = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
        return new StoreTarget(kind, location, schema, admin);
    }

    /// <summary>Opens a new store instance on the target (its own connections).</summary>
    /// <returns>The store; the caller disposes it.</returns>
    public ITrackingStore Open() => Kind == "sqlite" ? new SqliteTrackingStore(Location) : new PostgreSqlTrackingStore(Location);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_schema is null)
        {
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Location}"))
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
            }

            _folder?.Dispose();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", admin);
        await command.ExecuteNonQueryAsync();
    }
}
