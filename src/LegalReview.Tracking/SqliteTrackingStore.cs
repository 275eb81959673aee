using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace LegalReview.Tracking;

/// <summary>
/// The embedded tracking store: one SQLite file in WAL mode, so that a reader (a report, an export) does not block the
/// clerk who records a filing. Call <see cref="AdoTrackingStore.MigrateAsync"/> once after opening.
/// </summary>
public sealed class SqliteTrackingStore : AdoTrackingStore
{
    private static readonly string[] Schema =
    [
        """
        CREATE TABLE projects (
            id TEXT NOT NULL PRIMARY KEY,
            year INTEGER NOT NULL,
            title TEXT NOT NULL,
            source TEXT NOT NULL,
            drafting_unit TEXT NOT NULL,
            planned_on TEXT NULL,
            completed_on TEXT NULL,
            status TEXT NOT NULL,
            refusal_reason TEXT NULL,
            version INTEGER NOT NULL
        );
        CREATE INDEX ix_projects_year ON projects (year, source, status);
        CREATE TABLE review_cases (
            id TEXT NOT NULL PRIMARY KEY,
            title TEXT NOT NULL,
            submitting_unit TEXT NOT NULL,
            received_on TEXT NOT NULL,
            concluded_on TEXT NULL,
            conclusion TEXT NULL,
            opinion_letter_path TEXT NULL,
            version INTEGER NOT NULL
        );
        CREATE INDEX ix_review_cases_received ON review_cases (received_on);
        CREATE INDEX ix_review_cases_concluded ON review_cases (concluded_on);
        CREATE TABLE documents (
            id TEXT NOT NULL PRIMARY KEY,
            document_number TEXT NOT NULL,
            title TEXT NOT NULL,
            issuer TEXT NOT NULL,
            published_on TEXT NOT NULL,
            effective_on TEXT NULL,
            valid_until TEXT NULL,
            status TEXT NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE INDEX ix_documents_valid_until ON documents (status, valid_until);
        CREATE TABLE filings (
            id TEXT NOT NULL PRIMARY KEY,
            direction TEXT NOT NULL,
            document_number TEXT NOT NULL,
            title TEXT NOT NULL,
            filing_unit TEXT NOT NULL,
            recipient TEXT NOT NULL,
            published_on TEXT NOT NULL,
            due_on TEXT NOT NULL,
            submitted_on TEXT NULL,
            status TEXT NOT NULL,
            notice_number TEXT NULL,
            reply_due_on TEXT NULL,
            correction_due_on TEXT NULL,
            status_changed_on TEXT NULL,
            pending_due_on TEXT NULL,
            version INTEGER NOT NULL
        );
        CREATE INDEX ix_filings_pending ON filings (pending_due_on);
        CREATE INDEX ix_filings_submitted ON filings (direction, submitted_on);
        CREATE TABLE audit_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            entity_kind TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            actor TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            effective_on TEXT NOT NULL,
            from_state TEXT NULL,
            to_state TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE INDEX ix_audit_events_entity ON audit_events (entity_kind, entity_id);
        CREATE TABLE settings (
            key TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ];

    private readonly string _connectionString;

    /// <summary>Opens (or creates) the store in a file.</summary>
    /// <param name="path">The database file; its folder is created when missing.</param>
    /// <param name="logger">Diagnostics.</param>
    public SqliteTrackingStore(string path, ILogger<SqliteTrackingStore>? logger = null)
        : base(logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        FilePath = full;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    protected override IReadOnlyList<string> Migrations => Schema;

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 30000;";
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override async Task PrepareForMigrationAsync(DbConnection connection, CancellationToken ct)
    {
        // The journal mode is a property of the file and cannot change inside a transaction.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override bool IsDuplicateKey(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19 };

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }
}
