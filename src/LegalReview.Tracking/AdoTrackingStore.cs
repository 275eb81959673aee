using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Tracking;

/// <summary>
/// The tracking store over any ADO.NET provider: the SQL is shared, a subclass supplies connections, the schema
/// migrations of its dialect and the recognition of duplicate keys. Dates are bound as <see cref="DateOnly"/> and
/// timestamps as UTC <see cref="DateTimeOffset"/>, which both SQLite and PostgreSQL providers handle.
/// </summary>
/// <remarks>
/// The protected members are the whole contract with a dialect (the LegalReview.Tracking.PostgreSql package derives
/// from this class): the constructor, <see cref="Migrations"/>, <see cref="OpenConnectionAsync"/>,
/// <see cref="IsDuplicateKey"/>, and the optional <see cref="PrepareForMigrationAsync"/>,
/// <see cref="LockForMigrationAsync"/> and <see cref="DisposeAsyncCore"/>. The SQL itself is not part of it.
/// </remarks>
/// <example>
/// <code>
/// public sealed class MyDialectTrackingStore(string connectionString) : AdoTrackingStore(null)
/// {
///     protected override IReadOnlyList&lt;string&gt; Migrations =&gt; [CreateTablesV1];
///     protected override async Task&lt;DbConnection&gt; OpenConnectionAsync(CancellationToken ct)
///     {
///         var connection = new MyConnection(connectionString);
///         await connection.OpenAsync(ct);
///         return connection;
///     }
///     protected override bool IsDuplicateKey(DbException exception) =&gt; exception is MyException { Code: 23505 };
/// }
/// </code>
/// </example>
public abstract class AdoTrackingStore : ITrackingStore
{
    private const string ProjectColumns = "id, year, title, source, drafting_unit, planned_on, completed_on, status, refusal_reason, version";
    private const string ReviewColumns = "id, title, submitting_unit, received_on, concluded_on, conclusion, opinion_letter_path, version";
    private const string DocumentColumns = "id, document_number, title, issuer, published_on, effective_on, valid_until, status, version";
    private const string FilingColumns = "id, direction, document_number, title, filing_unit, recipient, published_on, due_on, submitted_on, status, notice_number, reply_due_on, correction_due_on, status_changed_on, version";
    private const string EventColumns = "id, entity_kind, entity_id, actor, recorded_at, effective_on, from_state, to_state, reason";
    private const string Incoming = "('fromDepartment', 'fromTown')";

    private readonly ILogger _logger;

    /// <summary>Creates the store.</summary>
    /// <param name="logger">Diagnostics; none when null.</param>
    protected AdoTrackingStore(ILogger? logger) => _logger = logger ?? NullLogger.Instance;

    /// <summary>
    /// The schema migrations of the dialect: element i brings the schema from version i to i + 1. A script may hold
    /// several statements.
    /// </summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <inheritdoc />
    public async Task<int> MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
        await PrepareForMigrationAsync(connection, ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await LockForMigrationAsync(connection, tx, ct).ConfigureAwait(false);
        await ExecuteAsync(connection, tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", ct).ConfigureAwait(false);
        var current = Convert.ToInt32(await ScalarAsync(connection, tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version", ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Migrations.Count)
        {
            throw new TrackingException($"跟踪数据库的结构版本（{current}）高于本程序支持的版本（{Migrations.Count}），请升级 LegalReview。");
        }

        for (var version = current; version < Migrations.Count; version++)
        {
            _logger.LogInformation("Migrating tracking schema from version {From} to {To}", version, version + 1);
            await ExecuteAsync(connection, tx, Migrations[version], ct).ConfigureAwait(false);
            await using var record = Command(connection, tx, "INSERT INTO schema_version (version) VALUES (@v)");
            Bind(record, "@v", version + 1);
            await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await tx.CommitAsync(ct).ConfigureAwait(false);
        return Migrations.Count;
    }

    /// <inheritdoc />
    public Task<ProjectEntry> AddProjectAsync(ProjectEntry entry, AuditEvent created, CancellationToken ct = default) =>
        AddAsync(entry, TrackingEntityKind.Project, entry.Id, created, $"INSERT INTO projects ({ProjectColumns}) VALUES (@id, @year, @title, @source, @drafting_unit, @planned_on, @completed_on, @status, @refusal_reason, @version)", BindProject, ct);

    /// <inheritdoc />
    public Task<ProjectEntry> UpdateProjectAsync(ProjectEntry entry, AuditEvent change, CancellationToken ct = default) =>
        UpdateAsync(entry, entry.Version, TrackingEntityKind.Project, entry.Id, "projects", change, "year = @year, title = @title, source = @source, drafting_unit = @drafting_unit, planned_on = @planned_on, completed_on = @completed_on, status = @status, refusal_reason = @refusal_reason", BindProject, (e, v) => e with { Version = v }, ct);

    /// <inheritdoc />
    public async Task<ProjectEntry?> GetProjectAsync(string id, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {ProjectColumns} FROM projects WHERE id = @id", c => Bind(c, "@id", id), ReadProject, ct).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<ProjectEntry>> ListProjectsAsync(int? year = null, CancellationToken ct = default) =>
        year is { } y
            ? QueryAsync($"SELECT {ProjectColumns} FROM projects WHERE year = @year ORDER BY year, id", c => Bind(c, "@year", y), ReadProject, ct)
            : QueryAsync($"SELECT {ProjectColumns} FROM projects ORDER BY year, id", null, ReadProject, ct);

    /// <inheritdoc />
    public Task<ReviewCase> AddReviewCaseAsync(ReviewCase reviewCase, AuditEvent created, CancellationToken ct = default) =>
        AddAsync(reviewCase, TrackingEntityKind.ReviewCase, reviewCase.Id, created, $"INSERT INTO review_cases ({ReviewColumns}) VALUES (@id, @title, @submitting_unit, @received_on, @concluded_on, @conclusion, @opinion_letter_path, @version)", BindReview, ct);

    /// <inheritdoc />
    public Task<ReviewCase> UpdateReviewCaseAsync(ReviewCase reviewCase, AuditEvent change, CancellationToken ct = default) =>
        UpdateAsync(reviewCase, reviewCase.Version, TrackingEntityKind.ReviewCase, reviewCase.Id, "review_cases", change, "title = @title, submitting_unit = @submitting_unit, received_on = @received_on, concluded_on = @concluded_on, conclusion = @conclusion, opinion_letter_path = @opinion_letter_path", BindReview, (e, v) => e with { Version = v }, ct);

    /// <inheritdoc />
    public async Task<ReviewCase?> GetReviewCaseAsync(string id, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {ReviewColumns} FROM review_cases WHERE id = @id", c => Bind(c, "@id", id), ReadReview, ct).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<ReviewCase>> ListReviewCasesAsync(int? year = null, CancellationToken ct = default) =>
        year is { } y
            ? QueryAsync($"SELECT {ReviewColumns} FROM review_cases WHERE received_on >= @from AND received_on < @to ORDER BY received_on, id", c => BindYear(c, y), ReadReview, ct)
            : QueryAsync($"SELECT {ReviewColumns} FROM review_cases ORDER BY received_on, id", null, ReadReview, ct);

    /// <inheritdoc />
    public Task<IssuedDocument> AddDocumentAsync(IssuedDocument document, AuditEvent created, CancellationToken ct = default) =>
        AddAsync(document, TrackingEntityKind.Document, document.Id, created, $"INSERT INTO documents ({DocumentColumns}) VALUES (@id, @document_number, @title, @issuer, @published_on, @effective_on, @valid_until, @status, @version)", BindDocument, ct);

    /// <inheritdoc />
    public Task<IssuedDocument> UpdateDocumentAsync(IssuedDocument document, AuditEvent change, CancellationToken ct = default) =>
        UpdateAsync(document, document.Version, TrackingEntityKind.Document, document.Id, "documents", change, "document_number = @document_number, title = @title, issuer = @issuer, published_on = @published_on, effective_on = @effective_on, valid_until = @valid_until, status = @status", BindDocument, (e, v) => e with { Version = v }, ct);

    /// <inheritdoc />
    public async Task<IssuedDocument?> GetDocumentAsync(string id, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {DocumentColumns} FROM documents WHERE id = @id", c => Bind(c, "@id", id), ReadDocument, ct).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<IssuedDocument>> ListDocumentsAsync(CancellationToken ct = default) =>
        QueryAsync($"SELECT {DocumentColumns} FROM documents ORDER BY published_on, id", null, ReadDocument, ct);

    /// <inheritdoc />
    public Task<Filing> AddFilingAsync(Filing filing, AuditEvent created, CancellationToken ct = default) =>
        AddAsync(filing, TrackingEntityKind.Filing, filing.Id, created, $"INSERT INTO filings ({FilingColumns}, pending_due_on) VALUES (@id, @direction, @document_number, @title, @filing_unit, @recipient, @published_on, @due_on, @submitted_on, @status, @notice_number, @reply_due_on, @correction_due_on, @status_changed_on, @version, @pending_due_on)", BindFiling, ct);

    /// <inheritdoc />
    public Task<Filing> UpdateFilingAsync(Filing filing, AuditEvent change, CancellationToken ct = default) =>
        UpdateAsync(filing, filing.Version, TrackingEntityKind.Filing, filing.Id, "filings", change, "direction = @direction, document_number = @document_number, title = @title, filing_unit = @filing_unit, recipient = @recipient, published_on = @published_on, due_on = @due_on, submitted_on = @submitted_on, status = @status, notice_number = @notice_number, reply_due_on = @reply_due_on, correction_due_on = @correction_due_on, status_changed_on = @status_changed_on, pending_due_on = @pending_due_on", BindFiling, (e, v) => e with { Version = v }, ct);

    /// <inheritdoc />
    public async Task<Filing?> GetFilingAsync(string id, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {FilingColumns} FROM filings WHERE id = @id", c => Bind(c, "@id", id), ReadFiling, ct).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<Filing>> ListFilingsAsync(FilingDirection? direction = null, CancellationToken ct = default) =>
        direction is { } d
            ? QueryAsync($"SELECT {FilingColumns} FROM filings WHERE direction = @direction ORDER BY published_on, id", c => Bind(c, "@direction", TrackingNames.Code(d)), ReadFiling, ct)
            : QueryAsync($"SELECT {FilingColumns} FROM filings ORDER BY published_on, id", null, ReadFiling, ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<Filing>> ListOverdueFilingsAsync(DateOnly asOf, CancellationToken ct = default) =>
        QueryAsync($"SELECT {FilingColumns} FROM filings WHERE pending_due_on IS NOT NULL AND pending_due_on < @as_of ORDER BY pending_due_on, id", c => Bind(c, "@as_of", asOf), ReadFiling, ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<Filing>> ListFilingsDueSoonAsync(DateOnly asOf, int withinDays, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(withinDays);
        return QueryAsync(
            $"SELECT {FilingColumns} FROM filings WHERE pending_due_on IS NOT NULL AND pending_due_on >= @as_of AND pending_due_on <= @until ORDER BY pending_due_on, id",
            c =>
            {
                Bind(c, "@as_of", asOf);
                Bind(c, "@until", asOf.AddDays(withinDays));
            },
            ReadFiling,
            ct);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<IssuedDocument>> ListDocumentsExpiringAsync(DateOnly asOf, int months, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return QueryAsync(
            $"SELECT {DocumentColumns} FROM documents WHERE status = 'inForce' AND valid_until IS NOT NULL AND valid_until <= @until ORDER BY valid_until, id",
            c => Bind(c, "@until", asOf.AddMonths(months)),
            ReadDocument,
            ct);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(TrackingEntityKind entityKind, string entityId, CancellationToken ct = default) =>
        QueryAsync(
            $"SELECT {EventColumns} FROM audit_events WHERE entity_kind = @kind AND entity_id = @entity ORDER BY seq",
            c =>
            {
                Bind(c, "@kind", TrackingNames.Code(entityKind));
                Bind(c, "@entity", entityId);
            },
            ReadEvent,
            ct);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> GetSettingsAsync(CancellationToken ct = default)
    {
        var rows = await QueryAsync("SELECT key, value FROM settings ORDER BY key", null, r => (Key: r.GetString(0), Value: r.GetString(1)), ct).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task SetSettingAsync(string key, string value, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await UpsertSettingAsync(connection, tx, key, value, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<AnnualStatistics> GetAnnualStatisticsAsync(int year, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
        async Task<int> Count(string sql)
        {
            await using var command = Command(connection, null, sql);
            BindYear(command, year);
            Bind(command, "@year", year);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        async Task<string?> MostFrequentRecipient(string direction)
        {
            await using var command = Command(connection, null, "SELECT recipient FROM filings WHERE direction = @direction AND submitted_on >= @from AND submitted_on < @to GROUP BY recipient ORDER BY COUNT(*) DESC, recipient LIMIT 1");
            BindYear(command, year);
            Bind(command, "@direction", direction);
            return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
        }

        const string Notices = "SELECT COUNT(*) FROM audit_events e JOIN filings f ON f.id = e.entity_id WHERE e.entity_kind = 'filing' AND e.to_state = '{0}' AND (e.from_state IS NULL OR e.from_state <> e.to_state) AND f.direction IN " + Incoming + " AND e.effective_on >= @from AND e.effective_on < @to";
        var settings = await GetSettingsAsync(ct).ConfigureAwait(false);
        return new AnnualStatistics
        {
            Year = year,
            Reporter = settings.GetValueOrDefault(TrackingSettings.Reporter, string.Empty),
            ReviewsReceived = await Count("SELECT COUNT(*) FROM review_cases WHERE received_on >= @from AND received_on < @to").ConfigureAwait(false),
            ReviewsConcluded = await Count("SELECT COUNT(*) FROM review_cases WHERE concluded_on >= @from AND concluded_on < @to").ConfigureAwait(false),
            FiledWithUpperGovernment = await Count("SELECT COUNT(*) FROM filings WHERE direction = 'toUpperGovernment' AND submitted_on >= @from AND submitted_on < @to").ConfigureAwait(false),
            UpperGovernment = await MostFrequentRecipient("toUpperGovernment").ConfigureAwait(false) ?? settings.GetValueOrDefault(TrackingSettings.UpperGovernment, string.Empty),
            FiledWithPeoplesCongress = await Count("SELECT COUNT(*) FROM filings WHERE direction = 'toPeoplesCongress' AND submitted_on >= @from AND submitted_on < @to").ConfigureAwait(false),
            PeoplesCongress = await MostFrequentRecipient("toPeoplesCongress").ConfigureAwait(false) ?? settings.GetValueOrDefault(TrackingSettings.PeoplesCongress, string.Empty),
            FilingsReceived = await Count($"SELECT COUNT(*) FROM filings WHERE direction IN {Incoming} AND submitted_on >= @from AND submitted_on < @to").ConfigureAwait(false),
            ExplanationNoticesIssued = await Count(string.Format(System.Globalization.CultureInfo.InvariantCulture, Notices, "explanationRequested")).ConfigureAwait(false),
            CorrectionsRequested = await Count(string.Format(System.Globalization.CultureInfo.InvariantCulture, Notices, "correctionRequired")).ConfigureAwait(false),
            ProjectsAutomatic = await Count("SELECT COUNT(*) FROM projects WHERE year = @year AND source = 'automatic'").ConfigureAwait(false),
            ProjectsKey = await Count("SELECT COUNT(*) FROM projects WHERE year = @year AND source = 'key'").ConfigureAwait(false),
            ProjectsApplied = await Count("SELECT COUNT(*) FROM projects WHERE year = @year AND source = 'applied'").ConfigureAwait(false),
            ProjectsIssued = await Count("SELECT COUNT(*) FROM projects WHERE year = @year AND source = 'applied' AND status = 'issued'").ConfigureAwait(false),
            ProjectsRefused = await Count("SELECT COUNT(*) FROM projects WHERE year = @year AND source = 'applied' AND status = 'refused'").ConfigureAwait(false),
        };
    }

    /// <inheritdoc />
    public async Task ImportAsync(TrackingSnapshot snapshot, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.FormatVersion != TrackingSnapshot.CurrentFormatVersion)
        {
            throw new TrackingException($"导入文件的格式版本为 {snapshot.FormatVersion}，本程序只能导入版本 {TrackingSnapshot.CurrentFormatVersion}。");
        }

        await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            foreach (var (key, value) in snapshot.Settings)
            {
                await UpsertSettingAsync(connection, tx, key, value, ct).ConfigureAwait(false);
            }

            await InsertAllAsync(connection, tx, snapshot.Projects, $"INSERT INTO projects ({ProjectColumns}) VALUES (@id, @year, @title, @source, @drafting_unit, @planned_on, @completed_on, @status, @refusal_reason, @version)", BindProject, ct).ConfigureAwait(false);
            await InsertAllAsync(connection, tx, snapshot.ReviewCases, $"INSERT INTO review_cases ({ReviewColumns}) VALUES (@id, @title, @submitting_unit, @received_on, @concluded_on, @conclusion, @opinion_letter_path, @version)", BindReview, ct).ConfigureAwait(false);
            await InsertAllAsync(connection, tx, snapshot.Documents, $"INSERT INTO documents ({DocumentColumns}) VALUES (@id, @document_number, @title, @issuer, @published_on, @effective_on, @valid_until, @status, @version)", BindDocument, ct).ConfigureAwait(false);
            await InsertAllAsync(connection, tx, snapshot.Filings, $"INSERT INTO filings ({FilingColumns}, pending_due_on) VALUES (@id, @direction, @document_number, @title, @filing_unit, @recipient, @published_on, @due_on, @submitted_on, @status, @notice_number, @reply_due_on, @correction_due_on, @status_changed_on, @version, @pending_due_on)", BindFiling, ct).ConfigureAwait(false);
            await InsertAllAsync(connection, tx, snapshot.AuditEvents, $"INSERT INTO audit_events ({EventColumns}) VALUES (@id, @entity_kind, @entity_id, @actor, @recorded_at, @effective_on, @from_state, @to_state, @reason)", BindEvent, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        catch (DbException ex) when (IsDuplicateKey(ex))
        {
            await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            throw new TrackingException("导入失败：导入文件中的记录与数据库中已有记录的编号重复，未导入任何记录。", ex);
        }

        _logger.LogInformation(
            "Imported {Projects} projects, {Reviews} review cases, {Documents} documents, {Filings} filings and {Events} audit events",
            snapshot.Projects.Count, snapshot.ReviewCases.Count, snapshot.Documents.Count, snapshot.Filings.Count, snapshot.AuditEvents.Count);
    }

    /// <inheritdoc />
    public async Task<TrackingSnapshot> ExportAsync(CancellationToken ct = default) => new()
    {
        Settings = await GetSettingsAsync(ct).ConfigureAwait(false),
        Projects = await ListProjectsAsync(null, ct).ConfigureAwait(false),
        ReviewCases = await ListReviewCasesAsync(null, ct).ConfigureAwait(false),
        Documents = await ListDocumentsAsync(ct).ConfigureAwait(false),
        Filings = await ListFilingsAsync(null, ct).ConfigureAwait(false),
        AuditEvents = await QueryAsync($"SELECT {EventColumns} FROM audit_events ORDER BY seq", null, ReadEvent, ct).ConfigureAwait(false),
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a connection to the database.</summary>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The open connection; the caller disposes it.</returns>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken ct);

    /// <summary>Whether the exception reports a duplicate primary or unique key.</summary>
    /// <param name="exception">The provider's exception.</param>
    /// <returns>True for a duplicate key.</returns>
    protected abstract bool IsDuplicateKey(DbException exception);

    /// <summary>Runs before the migration transaction starts (e.g. settings that cannot change inside a transaction).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    protected virtual Task PrepareForMigrationAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Serialises concurrent migrations (e.g. an advisory lock); nothing by default.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The migration transaction.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Releases provider resources such as connection pools.</summary>
    /// <returns>A task.</returns>
    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;

    private static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, tx, sql);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, tx, sql);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }

    private static void Bind(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            DateTimeOffset t => t.ToUniversalTime(),
            _ => value,
        };
        command.Parameters.Add(parameter);
    }

    private static void BindYear(DbCommand command, int year)
    {
        Bind(command, "@from", new DateOnly(year, 1, 1));
        Bind(command, "@to", new DateOnly(year + 1, 1, 1));
    }

    private static void BindProject(DbCommand c, ProjectEntry e)
    {
        Bind(c, "@id", e.Id);
        Bind(c, "@year", e.Year);
        Bind(c, "@title", e.Title);
        Bind(c, "@source", TrackingNames.Code(e.Source));
        Bind(c, "@drafting_unit", e.DraftingUnit);
        Bind(c, "@planned_on", e.PlannedOn);
        Bind(c, "@completed_on", e.CompletedOn);
        Bind(c, "@status", TrackingNames.Code(e.Status));
        Bind(c, "@refusal_reason", e.RefusalReason);
        Bind(c, "@version", e.Version);
    }

    private static void BindReview(DbCommand c, ReviewCase e)
    {
        Bind(c, "@id", e.Id);
        Bind(c, "@title", e.Title);
        Bind(c, "@submitting_unit", e.SubmittingUnit);
        Bind(c, "@received_on", e.ReceivedOn);
        Bind(c, "@concluded_on", e.ConcludedOn);
        Bind(c, "@conclusion", e.Conclusion);
        Bind(c, "@opinion_letter_path", e.OpinionLetterPath);
        Bind(c, "@version", e.Version);
    }

    private static void BindDocument(DbCommand c, IssuedDocument e)
    {
        Bind(c, "@id", e.Id);
        Bind(c, "@document_number", e.DocumentNumber);
        Bind(c, "@title", e.Title);
        Bind(c, "@issuer", e.Issuer);
        Bind(c, "@published_on", e.PublishedOn);
        Bind(c, "@effective_on", e.EffectiveOn);
        Bind(c, "@valid_until", e.ValidUntil);
        Bind(c, "@status", TrackingNames.Code(e.Status));
        Bind(c, "@version", e.Version);
    }

    private static void BindFiling(DbCommand c, Filing e)
    {
        Bind(c, "@id", e.Id);
        Bind(c, "@direction", TrackingNames.Code(e.Direction));
        Bind(c, "@document_number", e.DocumentNumber);
        Bind(c, "@title", e.Title);
        Bind(c, "@filing_unit", e.FilingUnit);
        Bind(c, "@recipient", e.Recipient);
        Bind(c, "@published_on", e.PublishedOn);
        Bind(c, "@due_on", e.DueOn);
        Bind(c, "@submitted_on", e.SubmittedOn);
        Bind(c, "@status", TrackingNames.Code(e.Status));
        Bind(c, "@notice_number", e.NoticeNumber);
        Bind(c, "@reply_due_on", e.ReplyDueOn);
        Bind(c, "@correction_due_on", e.CorrectionDueOn);
        Bind(c, "@status_changed_on", e.StatusChangedOn);
        Bind(c, "@version", e.Version);
        Bind(c, "@pending_due_on", e.PendingDeadline);
    }

    private static void BindEvent(DbCommand c, AuditEvent e)
    {
        Bind(c, "@id", e.Id);
        Bind(c, "@entity_kind", TrackingNames.Code(e.EntityKind));
        Bind(c, "@entity_id", e.EntityId);
        Bind(c, "@actor", e.Actor);
        Bind(c, "@recorded_at", e.RecordedAt);
        Bind(c, "@effective_on", e.EffectiveOn);
        Bind(c, "@from_state", e.FromState);
        Bind(c, "@to_state", e.ToState);
        Bind(c, "@reason", e.Reason);
    }

    private static string? OptionalString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly Date(DbDataReader r, int i) => r.GetFieldValue<DateOnly>(i);

    private static DateOnly? OptionalDate(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    private static ProjectEntry ReadProject(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Year = Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
        Title = r.GetString(2),
        Source = TrackingNames.Parse<ProjectSource>(r.GetString(3)),
        DraftingUnit = r.GetString(4),
        PlannedOn = OptionalDate(r, 5),
        CompletedOn = OptionalDate(r, 6),
        Status = TrackingNames.Parse<ProjectStatus>(r.GetString(7)),
        RefusalReason = OptionalString(r, 8),
        Version = r.GetInt64(9),
    };

    private static ReviewCase ReadReview(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Title = r.GetString(1),
        SubmittingUnit = r.GetString(2),
        ReceivedOn = Date(r, 3),
        ConcludedOn = OptionalDate(r, 4),
        Conclusion = OptionalString(r, 5),
        OpinionLetterPath = OptionalString(r, 6),
        Version = r.GetInt64(7),
    };

    private static IssuedDocument ReadDocument(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        DocumentNumber = r.GetString(1),
        Title = r.GetString(2),
        Issuer = r.GetString(3),
        PublishedOn = Date(r, 4),
        EffectiveOn = OptionalDate(r, 5),
        ValidUntil = OptionalDate(r, 6),
        Status = TrackingNames.Parse<DocumentStatus>(r.GetString(7)),
        Version = r.GetInt64(8),
    };

    private static Filing ReadFiling(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Direction = TrackingNames.Parse<FilingDirection>(r.GetString(1)),
        DocumentNumber = r.GetString(2),
        Title = r.GetString(3),
        FilingUnit = r.GetString(4),
        Recipient = r.GetString(5),
        PublishedOn = Date(r, 6),
        DueOn = Date(r, 7),
        SubmittedOn = OptionalDate(r, 8),
        Status = TrackingNames.Parse<FilingStatus>(r.GetString(9)),
        NoticeNumber = OptionalString(r, 10),
        ReplyDueOn = OptionalDate(r, 11),
        CorrectionDueOn = OptionalDate(r, 12),
        StatusChangedOn = OptionalDate(r, 13),
        Version = r.GetInt64(14),
    };

    private static AuditEvent ReadEvent(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        EntityKind = TrackingNames.Parse<TrackingEntityKind>(r.GetString(1)),
        EntityId = r.GetString(2),
        Actor = r.GetString(3),
        RecordedAt = r.GetFieldValue<DateTimeOffset>(4).ToUniversalTime(),
        EffectiveOn = Date(r, 5),
        FromState = OptionalString(r, 6),
        ToState = r.GetString(7),
        Reason = r.GetString(8),
    };

    private static async Task InsertAllAsync<T>(DbConnection connection, DbTransaction tx, IEnumerable<T> items, string sql, Action<DbCommand, T> bind, CancellationToken ct)
    {
        foreach (var item in items)
        {
            await using var command = Command(connection, tx, sql);
            bind(command, item);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static async Task UpsertSettingAsync(DbConnection connection, DbTransaction tx, string key, string value, CancellationToken ct)
    {
        await using var command = Command(connection, tx, "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        Bind(command, "@key", key);
        Bind(command, "@value", value);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static AuditEvent CheckEvent(AuditEvent change, TrackingEntityKind kind, string id)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.EntityKind != kind || !string.Equals(change.EntityId, id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"审计记录对应的是{TrackingNames.Chinese(change.EntityKind)}“{change.EntityId}”，与被修改的{TrackingNames.Chinese(kind)}“{id}”不一致。", nameof(change));
        }

        return change;
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Action<DbCommand>? bind, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, null, sql);
        bind?.Invoke(command);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            list.Add(read(reader));
        }

        return list;
    }

    private async Task<T> AddAsync<T>(T record, TrackingEntityKind kind, string id, AuditEvent created, string insertSql, Action<DbCommand, T> bind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        CheckEvent(created, kind, id);
        await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            await using (var insert = Command(connection, tx, insertSql))
            {
                bind(insert, record);
                await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await InsertAllAsync(connection, tx, [created], $"INSERT INTO audit_events ({EventColumns}) VALUES (@id, @entity_kind, @entity_id, @actor, @recorded_at, @effective_on, @from_state, @to_state, @reason)", BindEvent, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        catch (DbException ex) when (IsDuplicateKey(ex))
        {
            await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            throw new TrackingException($"{TrackingNames.Chinese(kind)}“{id}”或其审计记录“{created.Id}”已存在，未保存。", ex);
        }

        _logger.LogDebug("Added {Kind} {Id}", kind, id);
        return record;
    }

    private async Task<T> UpdateAsync<T>(T record, long expectedVersion, TrackingEntityKind kind, string id, string table, AuditEvent change, string assignments, Action<DbCommand, T> bind, Func<T, long, T> withVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        CheckEvent(change, kind, id);
        await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        int updated;
        await using (var update = Command(connection, tx, $"UPDATE {table} SET {assignments}, version = version + 1 WHERE id = @id AND version = @version"))
        {
            bind(update, record);
            updated = await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        if (updated == 0)
        {
            await using var probe = Command(connection, tx, $"SELECT version FROM {table} WHERE id = @id");
            Bind(probe, "@id", id);
            var actual = await probe.ExecuteScalarAsync(ct).ConfigureAwait(false);
            await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            if (actual is null or DBNull)
            {
                throw new TrackingRecordNotFoundException(kind, id);
            }

            var actualVersion = Convert.ToInt64(actual, System.Globalization.CultureInfo.InvariantCulture);
            _logger.LogWarning("Concurrency conflict on {Kind} {Id}: expected version {Expected}, found {Actual}", kind, id, expectedVersion, actualVersion);
            throw new ConcurrencyConflictException(kind, id, expectedVersion, actualVersion);
        }

        try
        {
            await InsertAllAsync(connection, tx, [change], $"INSERT INTO audit_events ({EventColumns}) VALUES (@id, @entity_kind, @entity_id, @actor, @recorded_at, @effective_on, @from_state, @to_state, @reason)", BindEvent, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        catch (DbException ex) when (IsDuplicateKey(ex))
        {
            await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            throw new TrackingException($"审计记录“{change.Id}”已存在，对{TrackingNames.Chinese(kind)}“{id}”的修改未保存。", ex);
        }

        _logger.LogDebug("Updated {Kind} {Id} to version {Version}", kind, id, expectedVersion + 1);
        return withVersion(record, expectedVersion + 1);
    }
}
