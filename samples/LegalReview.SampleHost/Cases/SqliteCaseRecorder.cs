using System.Globalization;
using LegalReview.Review;
using LegalReview.SampleHost.Data;

namespace LegalReview.SampleHost.Cases;

/// <summary>Keeps the case register in the host's own SQLite table <c>case_register</c>.</summary>
public sealed class SqliteCaseRecorder(SqliteDatabase database, TimeProvider clock) : ICaseRecorder
{
    public const string Received = "received";
    public const string Concluded = "concluded";

    public Task RecordReceivedAsync(ReviewCase reviewCase, ReviewResult result, string recordedBy, CancellationToken cancellationToken = default) =>
        RecordAsync(reviewCase, Received, recordedBy, cancellationToken);

    public Task RecordConcludedAsync(ReviewCase reviewCase, ReviewResult result, string recordedBy, CancellationToken cancellationToken = default) =>
        RecordAsync(reviewCase, Concluded, recordedBy, cancellationToken);

    /// <summary>The register lines of one case, oldest first.</summary>
    public async Task<IReadOnlyList<CaseRegisterEntry>> ListAsync(long caseId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT case_id, event, title, document_number, unit, conclusion, recorded_by, recorded_at FROM case_register WHERE case_id = $c ORDER BY id";
        cmd.Parameters.AddWithValue("$c", caseId);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var list = new List<CaseRegisterEntry>();
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new CaseRegisterEntry(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6),
                DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return list;
    }

    private async Task RecordAsync(ReviewCase reviewCase, string evt, string recordedBy, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO case_register (case_id, event, title, document_number, unit, conclusion, recorded_by, recorded_at)
            VALUES ($c, $e, $t, $n, $u, $co, $b, $at)
            """;
        cmd.Parameters.AddWithValue("$c", reviewCase.Id);
        cmd.Parameters.AddWithValue("$e", evt);
        cmd.Parameters.AddWithValue("$t", reviewCase.Title);
        cmd.Parameters.AddWithValue("$n", (object?)reviewCase.DocumentNumber ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$u", reviewCase.Unit);
        cmd.Parameters.AddWithValue("$co", (object?)reviewCase.Conclusion ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$b", recordedBy);
        cmd.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
