
namespace LegalReview.Tracking;

/// <summary>
/// Where tracking records live. Every change is written with its <see cref="AuditEvent"/> in one transaction; updates
/// carry the version they were based on and fail with <see cref="ConcurrencyConflictException"/> when it is stale.
/// </summary>
/// <remarks>
/// Two implementations pass the same contract tests: <see cref="SqliteTrackingStore"/> (the embedded default, one file)
/// and the PostgreSQL store in the LegalReview.Tracking.PostgreSql package.
/// </remarks>
public interface ITrackingStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema to the version this library expects.</summary>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The schema version after migration.</returns>
    Task<int> MigrateAsync(CancellationToken ct = default);

    /// <summary>Adds a project-library item and the audit event that records its creation.</summary>
    /// <param name="entry">The item.</param>
    /// <param name="created">The creation event.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored item (version 1).</returns>
    Task<ProjectEntry> AddProjectAsync(ProjectEntry entry, AuditEvent created, CancellationToken ct = default);

    /// <summary>Replaces a project-library item whose stored version equals <paramref name="entry"/>'s version.</summary>
    /// <param name="entry">The item after the change, carrying the version it was based on.</param>
    /// <param name="change">The audit event of the change.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored item with its new version.</returns>
    Task<ProjectEntry> UpdateProjectAsync(ProjectEntry entry, AuditEvent change, CancellationToken ct = default);

    /// <summary>Reads a project-library item.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The item, or null.</returns>
    Task<ProjectEntry?> GetProjectAsync(string id, CancellationToken ct = default);

    /// <summary>Lists project-library items, optionally of one plan year.</summary>
    /// <param name="year">The plan year, or null for all.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The items by year and identifier.</returns>
    Task<IReadOnlyList<ProjectEntry>> ListProjectsAsync(int? year = null, CancellationToken ct = default);

    /// <summary>Adds a legality-review case with its creation event.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="created">The creation event.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored case.</returns>
    Task<ReviewCase> AddReviewCaseAsync(ReviewCase reviewCase, AuditEvent created, CancellationToken ct = default);

    /// <summary>Replaces a legality-review case whose stored version equals the given one.</summary>
    /// <param name="reviewCase">The case after the change.</param>
    /// <param name="change">The audit event.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored case with its new version.</returns>
    Task<ReviewCase> UpdateReviewCaseAsync(ReviewCase reviewCase, AuditEvent change, CancellationToken ct = default);

    /// <summary>Reads a legality-review case.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The case, or null.</returns>
    Task<ReviewCase?> GetReviewCaseAsync(string id, CancellationToken ct = default);

    /// <summary>Lists legality-review cases received in a year, or all.</summary>
    /// <param name="year">The year of receipt, or null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The cases by date received and identifier.</returns>
    Task<IReadOnlyList<ReviewCase>> ListReviewCasesAsync(int? year = null, CancellationToken ct = default);

    /// <summary>Adds an issued document with its creation event.</summary>
    /// <param name="document">The document.</param>
    /// <param name="created">The creation event.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored document.</returns>
    Task<IssuedDocument> AddDocumentAsync(IssuedDocument document, AuditEvent created, CancellationToken ct = default);

    /// <summary>Replaces an issued document whose stored version equals the given one.</summary>
    /// <param name="document">The document after the change.</param>
    /// <param name="change">The audit event.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored document with its new version.</returns>
    Task<IssuedDocument> UpdateDocumentAsync(IssuedDocument document, AuditEvent change, CancellationToken ct = default);

    /// <summary>Reads an issued document.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The document, or null.</returns>
    Task<IssuedDocument?> GetDocumentAsync(string id, CancellationToken ct = default);

    /// <summary>Lists issued documents.</summary>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The documents by publication date and identifier.</returns>
    Task<IReadOnlyList<IssuedDocument>> ListDocumentsAsync(CancellationToken ct = default);

    /// <summary>Adds a filing with its creation event.</summary>
    /// <param name="filing">The filing.</param>
    /// <param name="created">The creation event.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored filing.</returns>
    Task<Filing> AddFilingAsync(Filing filing, AuditEvent created, CancellationToken ct = default);

    /// <summary>Replaces a filing whose stored version equals the given one; the transition and its event commit together.</summary>
    /// <param name="filing">The filing after the change.</param>
    /// <param name="change">The audit event.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored filing with its new version.</returns>
    Task<Filing> UpdateFilingAsync(Filing filing, AuditEvent change, CancellationToken ct = default);

    /// <summary>Reads a filing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The filing, or null.</returns>
    Task<Filing?> GetFilingAsync(string id, CancellationToken ct = default);

    /// <summary>Lists filings, optionally of one direction.</summary>
    /// <param name="direction">The direction, or null for all.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The filings by publication date and identifier.</returns>
    Task<IReadOnlyList<Filing>> ListFilingsAsync(FilingDirection? direction = null, CancellationToken ct = default);

    /// <summary>Filings whose running deadline (<see cref="Filing.PendingDeadline"/>) passed before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The reference date.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The overdue filings, oldest deadline first.</returns>
    Task<IReadOnlyList<Filing>> ListOverdueFilingsAsync(DateOnly asOf, CancellationToken ct = default);

    /// <summary>Filings whose running deadline falls within <paramref name="withinDays"/> days from <paramref name="asOf"/> (both included).</summary>
    /// <param name="asOf">The reference date.</param>
    /// <param name="withinDays">The look-ahead in calendar days.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The filings, nearest deadline first.</returns>
    Task<IReadOnlyList<Filing>> ListFilingsDueSoonAsync(DateOnly asOf, int withinDays, CancellationToken ct = default);

    /// <summary>
    /// Documents still marked 有效 whose 有效期 ends within <paramref name="months"/> months of <paramref name="asOf"/>,
    /// or has already ended (清理 reminders).
    /// </summary>
    /// <param name="asOf">The reference date.</param>
    /// <param name="months">The look-ahead in months (the profile's six).</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The documents, earliest expiry first.</returns>
    Task<IReadOnlyList<IssuedDocument>> ListDocumentsExpiringAsync(DateOnly asOf, int months, CancellationToken ct = default);

    /// <summary>The audit trail of one record, oldest first.</summary>
    /// <param name="entityKind">The kind of record.</param>
    /// <param name="entityId">The identifier.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The events.</returns>
    Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(TrackingEntityKind entityKind, string entityId, CancellationToken ct = default);

    /// <summary>The settings of the store (e.g. <see cref="TrackingSettings.Reporter"/>).</summary>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The settings by key.</returns>
    Task<IReadOnlyDictionary<string, string>> GetSettingsAsync(CancellationToken ct = default);

    /// <summary>Sets one setting.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    Task SetSettingAsync(string key, string value, CancellationToken ct = default);

    /// <summary>The year's figures (二、(一) of the annual report), counted from the records.</summary>
    /// <param name="year">The year.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The statistics.</returns>
    Task<AnnualStatistics> GetAnnualStatisticsAsync(int year, CancellationToken ct = default);

    /// <summary>Adds every record and event of a snapshot in one transaction, keeping identifiers and versions.</summary>
    /// <param name="snapshot">The records.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    /// <exception cref="TrackingException">A record already exists; nothing is imported.</exception>
    Task ImportAsync(TrackingSnapshot snapshot, CancellationToken ct = default);

    /// <summary>Reads every record and event.</summary>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The snapshot.</returns>
    Task<TrackingSnapshot> ExportAsync(CancellationToken ct = default);
}
