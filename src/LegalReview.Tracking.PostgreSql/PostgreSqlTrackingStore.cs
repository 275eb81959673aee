using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LegalReview.Tracking.PostgreSql;

/// <summary>
/// The tracking store on PostgreSQL, for a bureau that keeps its records on a shared server. Same schema, queries and
/// contract as <see cref="SqliteTrackingStore"/>; dates are <c>date</c>, timestamps <c>timestamptz</c>.
/// </summary>
public sealed class PostgreSqlTrackingStore : AdoTrackingStore
{
    // Any constant: it only has to be the same for every process that migrates this database.
    private const long MigrationLockKey = 0x4C52_5452_4B00;

    private static readonly string[] Schema =
    [
        """
        CREATE TABLE projects (
            id text NOT NULL PRIMARY KEY,
            year integer NOT NULL,
            title text NOT NULL,
            source text NOT NULL,
            drafting_unit text NOT NULL,
            planned_on date NULL,
            completed_on date NULL,
            status text NOT NULL,
            refusal_reason text NULL,
            version bigint NOT NULL
        );
        CREATE INDEX ix_projects_year ON projects (year, source, status);
        CREATE TABLE review_cases (
            id text NOT NULL PRIMARY KEY,
            title text NOT NULL,
            submitting_unit text NOT NULL,
            received_on date NOT NULL,
            concluded_on date NULL,
            conclusion text NULL,
            opinion_letter_path text NULL,
            version bigint NOT NULL
        );
        CREATE INDEX ix_review_cases_received ON review_cases (received_on);
        CREATE INDEX ix_review_cases_concluded ON review_cases (concluded_on);
        CREATE TABLE documents (
            id text NOT NULL PRIMARY KEY,
            document_number text NOT NULL,
            title text NOT NULL,
            issuer text NOT NULL,
            published_on date NOT NULL,
            effective_on date NULL,
            valid_until date NULL,
            status text NOT NULL,
            version bigint NOT NULL
        );
        CREATE INDEX ix_documents_valid_until ON documents (status, valid_until);
        CREATE TABLE filings (
            id text NOT NULL PRIMARY KEY,
            direction text NOT NULL,
            document_number text NOT NULL,
            title text NOT NULL,
            filing_unit text NOT NULL,
            recipient text NOT NULL,
            published_on date NOT NULL,
            due_on date NOT NULL,
            submitted_on date NULL,
            status text NOT NULL,
            notice_number text NULL,
            reply_due_on date NULL,
            correction_due_on date NULL,
            status_changed_on date NULL,
            pending_due_on date NULL,
            version bigint NOT NULL
        );
        CREATE INDEX ix_filings_pending ON filings (pending_due_on);
        CREATE INDEX ix_filings_submitted ON filings (direction, submitted_on);
        CREATE TABLE audit_events (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            entity_kind text NOT NULL,
            entity_id text NOT NULL,
            actor text NOT NULL,
            recorded_at timestamptz NOT NULL,
            effective_on date NOT NULL,
            from_state text NULL,
            to_state text NOT NULL,
            reason text NOT NULL
        );
        CREATE INDEX ix_audit_events_entity ON audit_events (entity_kind, entity_id);
        CREATE TABLE settings (
            key text NOT NULL PRIMARY KEY,
            value text NOT NULL
        );
        """,
    ];

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates the store over a connection string.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…</c>) or a <c>postgres://</c> URL.</param>
    /// <param name="logger">Diagnostics.</param>
    public PostgreSqlTrackingStore(string connectionString, ILogger<PostgreSqlTrackingStore>? logger = null)
        : base(logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(ToConnectionString(connectionString));
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string> Migrations => Schema;

    /// <summary>Converts a <c>postgres://user:password@host:port/database</c> URL to an Npgsql connection string; other text is returned as is.</summary>
    /// <param name="value">The URL or connection string.</param>
    /// <returns>The connection string.</returns>
    public static string ToConnectionString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        return builder.ConnectionString;
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

    /// <inheritdoc />
    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        // Two processes starting on an empty database would otherwise both try to create the tables.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override bool IsDuplicateKey(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore() => _dataSource.DisposeAsync();
}
