using Microsoft.Data.Sqlite;

namespace LegalReview.SampleHost.Data;

/// <summary>
/// Opens connections to the host's SQLite database and creates its tables. A relative <c>Data Source</c> is resolved
/// against the content root, so the default <c>App_Data/samplehost.db</c> lands beside the application.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("SampleHost") ?? "Data Source=App_Data/samplehost.db";
        var builder = new SqliteConnectionStringBuilder(configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }

        if (builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(builder.DataSource))!);
            CreatePrivateFile(builder.DataSource);
        }

        builder.ForeignKeys = true;
        _connectionString = builder.ToString();
    }

    /// <summary>
    /// Creates an empty database file (a valid SQLite database) readable and writable by the service user only (Unix mode
    /// 600) unless it exists; SQLite gives its -wal and -shm files the same mode. On Windows the folder's ACL applies.
    /// </summary>
    public static void CreatePrivateFile(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created meanwhile by another instance.
        }
    }

    /// <summary>Opens a new connection.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Creates the tables that do not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS users (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                role TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                api_key_id TEXT UNIQUE,
                api_key_hash TEXT,
                created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS cases (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                file_name TEXT NOT NULL,
                content BLOB NOT NULL,
                metadata_json TEXT NOT NULL,
                unit TEXT NOT NULL,
                submitted_by TEXT NOT NULL,
                submitted_at TEXT NOT NULL,
                title TEXT NOT NULL,
                document_number TEXT,
                conclusion TEXT,
                conclusion_note TEXT,
                concluded_by TEXT,
                concluded_at TEXT);
            CREATE TABLE IF NOT EXISTS decisions (
                case_id INTEGER NOT NULL REFERENCES cases(id),
                finding_key TEXT NOT NULL,
                rule_id TEXT NOT NULL,
                location TEXT NOT NULL,
                quote TEXT NOT NULL,
                accepted INTEGER NOT NULL,
                reason TEXT,
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                PRIMARY KEY (case_id, finding_key));
            CREATE TABLE IF NOT EXISTS reviews (
                case_id INTEGER NOT NULL REFERENCES cases(id),
                revision INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                rule_set_version TEXT NOT NULL,
                options_json TEXT NOT NULL,
                result_json TEXT NOT NULL,
                finding_keys TEXT NOT NULL,
                PRIMARY KEY (case_id, revision));
            CREATE TABLE IF NOT EXISTS case_documents (
                case_id INTEGER NOT NULL REFERENCES cases(id),
                kind TEXT NOT NULL,
                file_name TEXT NOT NULL,
                content_type TEXT NOT NULL,
                content BLOB NOT NULL,
                PRIMARY KEY (case_id, kind));
            CREATE TABLE IF NOT EXISTS feedback (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                case_id INTEGER NOT NULL REFERENCES cases(id),
                rule_id TEXT NOT NULL,
                quote TEXT NOT NULL,
                context TEXT NOT NULL,
                label TEXT NOT NULL,
                reason TEXT,
                given_by TEXT NOT NULL,
                given_at TEXT NOT NULL);
            """;
        await cmd.ExecuteNonQueryAsync(cancellationToken);

        // Columns added since the first release: databases created before them gain them here.
        foreach (var (column, definition) in UserColumns)
        {
            await using var exists = c.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM pragma_table_info('users') WHERE name = $n";
            exists.Parameters.AddWithValue("$n", column);
            if (Convert.ToInt32(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                await using var alter = c.CreateCommand();
                alter.CommandText = $"ALTER TABLE users ADD COLUMN {column} {definition}";
                await alter.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static readonly (string Column, string Definition)[] UserColumns =
    [
        ("security_stamp", "TEXT NOT NULL DEFAULT ''"),
        ("disabled", "INTEGER NOT NULL DEFAULT 0"),
        ("unit", "TEXT"),
        ("failed_sign_ins", "INTEGER NOT NULL DEFAULT 0"),
        ("locked_until", "TEXT"),
    ];
}
