using LegalReview.Tracking.PostgreSql;
using Npgsql;

namespace LegalReview.Tracking.Tests.Stores;

/// <summary>
/// Runs the contract against PostgreSQL named by LEGALREVIEW_TEST_POSTGRES (CI sets it; see .ci/start-postgres.sh).
/// Each test gets its own schema, dropped afterwards.
/// </summary>
[TestFixture]
public sealed class PostgreSqlTrackingStoreTests : TrackingStoreContract
{
    private const string Variable = "LEGALREVIEW_TEST_POSTGRES";
    private readonly Dictionary<ITrackingStore, string> _schemas = [];

    protected override async Task<ITrackingStore> CreateEmptyStoreAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore($"{Variable} is not set; PostgreSQL contract tests skipped.");
        }

        var schema = $"t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgreSqlTrackingStore.ToConnectionString(connectionString!)))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlTrackingStore.ToConnectionString(connectionString!)) { SearchPath = schema };
        var store = new PostgreSqlTrackingStore(builder.ConnectionString);
        _schemas[store] = schema;
        return store;
    }

    protected override async Task DeleteStoreAsync(ITrackingStore store)
    {
        await store.DisposeAsync();
        if (_schemas.Remove(store, out var schema))
        {
            await using var connection = new NpgsqlConnection(PostgreSqlTrackingStore.ToConnectionString(Environment.GetEnvironmentVariable(Variable)!));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
