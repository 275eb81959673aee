using System.Globalization;
using System.Text.Json;
using LegalReview.Review;
using LegalReview.SampleHost.Documents;
using Microsoft.Data.Sqlite;

namespace LegalReview.SampleHost.Data;

/// <summary>Cases, decisions and reviewer feedback in SQLite. The draft is stored as a blob, so no uploaded name ever reaches the file system.</summary>
public sealed class CaseStore(SqliteDatabase database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string CaseColumns = "id, file_name, metadata_json, unit, submitted_by, submitted_at, title, document_number, conclusion, conclusion_note, concluded_by, concluded_at";

    /// <summary>Stores a new case with its first review and returns it.</summary>
    public async Task<ReviewCase> CreateAsync(ReviewCase draft, byte[] content, StoredReview review, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO cases (file_name, content, metadata_json, unit, submitted_by, submitted_at, title, document_number)
            VALUES ($f, $c, $m, $u, $b, $t, $ti, $n) RETURNING id
            """;
        cmd.Parameters.AddWithValue("$f", draft.FileName);
        cmd.Parameters.AddWithValue("$c", content);
        cmd.Parameters.AddWithValue("$m", JsonSerializer.Serialize(draft.Metadata, Json));
        cmd.Parameters.AddWithValue("$u", draft.Unit);
        cmd.Parameters.AddWithValue("$b", draft.SubmittedBy);
        cmd.Parameters.AddWithValue("$t", Format(draft.SubmittedAt));
        cmd.Parameters.AddWithValue("$ti", draft.Title);
        cmd.Parameters.AddWithValue("$n", (object?)draft.DocumentNumber ?? DBNull.Value);
        var id = (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
        await InsertReviewAsync(c, tx, id, review, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return draft with { Id = id };
    }

    /// <summary>Adds a review revision (an explicit re-review); earlier revisions stay as history.</summary>
    public async Task AddReviewAsync(long caseId, StoredReview review, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(cancellationToken);
        await InsertReviewAsync(c, tx, caseId, review, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>The next revision number of a case's review.</summary>
    public async Task<int> NextRevisionAsync(long caseId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(revision), 0) + 1 FROM reviews WHERE case_id = $id";
        cmd.Parameters.AddWithValue("$id", caseId);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>A case's review at a revision, or its current (latest) review when <paramref name="revision"/> is null; null when none.</summary>
    public async Task<StoredReview?> GetReviewAsync(long caseId, int? revision = null, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = revision is null
            ? $"SELECT {ReviewColumns} FROM reviews WHERE case_id = $id ORDER BY revision DESC LIMIT 1"
            : $"SELECT {ReviewColumns} FROM reviews WHERE case_id = $id AND revision = $r";
        cmd.Parameters.AddWithValue("$id", caseId);
        cmd.Parameters.AddWithValue("$r", (object?)revision ?? DBNull.Value);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? ReadReview(r) : null;
    }

    /// <summary>Every review of a case, oldest first.</summary>
    public async Task<IReadOnlyList<StoredReview>> ListReviewsAsync(long caseId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {ReviewColumns} FROM reviews WHERE case_id = $id ORDER BY revision";
        cmd.Parameters.AddWithValue("$id", caseId);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var list = new List<StoredReview>();
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(ReadReview(r));
        }

        return list;
    }

    /// <summary>A document stored at the conclusion ("opinion", "annotated", "result"), or null.</summary>
    public async Task<ReviewDocument?> GetDocumentAsync(long caseId, string kind, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT file_name, content_type, content FROM case_documents WHERE case_id = $id AND kind = $k";
        cmd.Parameters.AddWithValue("$id", caseId);
        cmd.Parameters.AddWithValue("$k", kind);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? new ReviewDocument(r.GetString(0), r.GetString(1), (byte[])r.GetValue(2)) : null;
    }

    private static async Task InsertReviewAsync(SqliteConnection c, SqliteTransaction tx, long caseId, StoredReview review, CancellationToken cancellationToken)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO reviews (case_id, revision, created_at, created_by, rule_set_version, options_json, result_json, finding_keys)
            VALUES ($c, $r, $t, $b, $v, $o, $j, $k)
            """;
        cmd.Parameters.AddWithValue("$c", caseId);
        cmd.Parameters.AddWithValue("$r", review.Revision);
        cmd.Parameters.AddWithValue("$t", Format(review.CreatedAt));
        cmd.Parameters.AddWithValue("$b", review.CreatedBy);
        cmd.Parameters.AddWithValue("$v", review.RuleSetVersion);
        cmd.Parameters.AddWithValue("$o", review.OptionsJson);
        cmd.Parameters.AddWithValue("$j", review.ResultJson);
        cmd.Parameters.AddWithValue("$k", JsonSerializer.Serialize(review.FindingKeys, Json));
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string ReviewColumns = "revision, created_at, created_by, rule_set_version, options_json, result_json, finding_keys";

    private static StoredReview ReadReview(SqliteDataReader r) => new(
        r.GetInt32(0), Parse(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        JsonSerializer.Deserialize<List<string>>(r.GetString(6), Json) ?? []);

    /// <summary>One case, or null.</summary>
    public async Task<ReviewCase?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {CaseColumns} FROM cases WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? Read(r) : null;
    }

    /// <summary>The draft's bytes.</summary>
    public async Task<byte[]> GetContentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT content FROM cases WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return (byte[]?)await cmd.ExecuteScalarAsync(cancellationToken) ?? throw new KeyNotFoundException($"Case {id} does not exist.");
    }

    /// <summary>Cases, newest first; only those submitted by <paramref name="submittedBy"/> when given.</summary>
    public async Task<IReadOnlyList<ReviewCase>> ListAsync(string? submittedBy = null, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = submittedBy is null
            ? $"SELECT {CaseColumns} FROM cases ORDER BY id DESC"
            : $"SELECT {CaseColumns} FROM cases WHERE submitted_by = $b ORDER BY id DESC";
        if (submittedBy is not null)
        {
            cmd.Parameters.AddWithValue("$b", submittedBy);
        }

        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var list = new List<ReviewCase>();
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(Read(r));
        }

        return list;
    }

    /// <summary>The decisions taken on a case's findings.</summary>
    public async Task<IReadOnlyList<FindingDecision>> GetDecisionsAsync(long caseId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT finding_key, rule_id, location, quote, accepted, reason, decided_by, decided_at FROM decisions WHERE case_id = $id ORDER BY decided_at";
        cmd.Parameters.AddWithValue("$id", caseId);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var list = new List<FindingDecision>();
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new FindingDecision(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6), Parse(r.GetString(7))));
        }

        return list;
    }

    /// <summary>
    /// Records a decision (replacing an earlier one on the same finding) and a feedback row for retraining the
    /// classifier: the finding's words, the paragraph around them and whether the reviewer confirmed or rejected it.
    /// </summary>
    public async Task SaveDecisionAsync(long caseId, FindingDecision decision, string context, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(cancellationToken);
        await using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO decisions (case_id, finding_key, rule_id, location, quote, accepted, reason, decided_by, decided_at)
                VALUES ($c, $k, $r, $l, $q, $a, $re, $b, $t)
                ON CONFLICT (case_id, finding_key) DO UPDATE SET
                    accepted = excluded.accepted, reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at
                """;
            cmd.Parameters.AddWithValue("$c", caseId);
            cmd.Parameters.AddWithValue("$k", decision.FindingKey);
            cmd.Parameters.AddWithValue("$r", decision.RuleId);
            cmd.Parameters.AddWithValue("$l", decision.Location);
            cmd.Parameters.AddWithValue("$q", decision.Quote);
            cmd.Parameters.AddWithValue("$a", decision.Accepted);
            cmd.Parameters.AddWithValue("$re", (object?)decision.Reason ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$b", decision.DecidedBy);
            cmd.Parameters.AddWithValue("$t", Format(decision.DecidedAt));
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO feedback (case_id, rule_id, quote, context, label, reason, given_by, given_at)
                VALUES ($c, $r, $q, $x, $l, $re, $b, $t)
                """;
            cmd.Parameters.AddWithValue("$c", caseId);
            cmd.Parameters.AddWithValue("$r", decision.RuleId);
            cmd.Parameters.AddWithValue("$q", decision.Quote);
            cmd.Parameters.AddWithValue("$x", context);
            cmd.Parameters.AddWithValue("$l", decision.Accepted ? "confirmed" : "rejected");
            cmd.Parameters.AddWithValue("$re", (object?)decision.Reason ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$b", decision.DecidedBy);
            cmd.Parameters.AddWithValue("$t", Format(decision.DecidedAt));
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>Number of feedback rows stored for a case.</summary>
    public async Task<int> CountFeedbackAsync(long caseId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM feedback WHERE case_id = $c";
        cmd.Parameters.AddWithValue("$c", caseId);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Records the review conclusion together with the documents generated at that moment (by kind), in one
    /// transaction; a case already concluded is left alone and false is returned.
    /// </summary>
    public async Task<bool> ConcludeAsync(long caseId, string conclusion, string? note, string by, DateTimeOffset at, IReadOnlyDictionary<string, ReviewDocument> documents, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(cancellationToken);
        foreach (var (kind, document) in documents)
        {
            await using var doc = c.CreateCommand();
            doc.Transaction = tx;
            doc.CommandText = "INSERT INTO case_documents (case_id, kind, file_name, content_type, content) VALUES ($id, $k, $f, $t, $c)";
            doc.Parameters.AddWithValue("$id", caseId);
            doc.Parameters.AddWithValue("$k", kind);
            doc.Parameters.AddWithValue("$f", document.FileName);
            doc.Parameters.AddWithValue("$t", document.ContentType);
            doc.Parameters.AddWithValue("$c", document.Content);
            await doc.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "UPDATE cases SET conclusion = $c, conclusion_note = $n, concluded_by = $b, concluded_at = $t WHERE id = $id AND conclusion IS NULL";
        cmd.Parameters.AddWithValue("$c", conclusion);
        cmd.Parameters.AddWithValue("$n", (object?)note ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$b", by);
        cmd.Parameters.AddWithValue("$t", Format(at));
        cmd.Parameters.AddWithValue("$id", caseId);
        if (await cmd.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await tx.RollbackAsync(cancellationToken);
            return false;
        }

        await tx.CommitAsync(cancellationToken);
        return true;
    }

    private static ReviewCase Read(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        FileName = r.GetString(1),
        Metadata = JsonSerializer.Deserialize<ReviewMetadata>(r.GetString(2), Json) ?? new ReviewMetadata(),
        Unit = r.GetString(3),
        SubmittedBy = r.GetString(4),
        SubmittedAt = Parse(r.GetString(5)),
        Title = r.GetString(6),
        DocumentNumber = r.IsDBNull(7) ? null : r.GetString(7),
        Conclusion = r.IsDBNull(8) ? null : r.GetString(8),
        ConclusionNote = r.IsDBNull(9) ? null : r.GetString(9),
        ConcludedBy = r.IsDBNull(10) ? null : r.GetString(10),
        ConcludedAt = r.IsDBNull(11) ? null : Parse(r.GetString(11)),
    };

    private static string Format(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
