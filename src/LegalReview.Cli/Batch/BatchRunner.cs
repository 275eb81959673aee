using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Json;
using LegalReview.Knowledge;
using LegalReview.Review;

namespace LegalReview.Cli.Batch;

/// <summary>
/// Reviews every .docx, .txt and .pdf under the given paths in parallel, writing each document's result to the
/// journal as soon as it is done: memory holds only the documents in flight, an unreadable file is recorded with its
/// reason and the batch goes on, cancellation stops scheduling and leaves every written line complete.
/// </summary>
internal sealed class BatchRunner(DocumentReader reader, ReviewEngine engine, KnowledgeBase knowledge)
{
    private static readonly string[] Extensions = [".docx", ".docm", ".txt", ".pdf"];

    private static readonly JsonWriterOptions LineOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<string> Enumerate(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (File.Exists(p))
            {
                files.Add(Path.GetFullPath(p));
            }
            else if (Directory.Exists(p))
            {
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .Select(Path.GetFullPath));
            }
            else
            {
                throw new FileNotFoundException($"找不到文件或目录“{p}”。", p);
            }
        }

        return files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    public async Task RunAsync(IReadOnlyList<string> files, string root, BatchJournal journal, BatchSummary summary, int parallelism, DateOnly asOf, CancellationToken cancellationToken)
    {
        summary.Total = files.Count;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(files, options, async (file, ct) =>
            {
                byte[] bytes;
                try
                {
                    bytes = await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    var error = new DocumentReadException(Path.GetFileName(file), DocumentReadError.IoError, ex.Message, ex);
                    journal.Append(FailureLine(Relative(root, file), null, error));
                    summary.AddFailed(error.Reason.ToString());
                    return;
                }

                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
                if (journal.Done.Contains(hash))
                {
                    summary.AddSkipped();
                    return;
                }

                byte[] line;
                try
                {
                    var doc = reader.Read(bytes, Path.GetFileName(file), ct);
                    var result = engine.Review(doc, new ReviewMetadata { ReviewDate = asOf }, ct);
                    line = ResultLine(Relative(root, file), hash, result, asOf, summary);
                    summary.AddReviewed(result, Relative(root, file));
                }
                catch (DocumentReadException ex)
                {
                    line = FailureLine(Relative(root, file), hash, ex);
                    summary.AddFailed(ex.Reason.ToString());
                }

                journal.Append(line);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            summary.Interrupted = true;
        }
    }

    private byte[] ResultLine(string file, string hash, ReviewResult result, DateOnly asOf, BatchSummary summary)
    {
        var doc = result.Document;
        var issued = doc.IssueDate?.Value;
        var effective = doc.EffectiveDate?.Resolve(issued) ?? issued;
        var validityEnd = doc.Validity?.EndDate(effective);
        var expired = validityEnd is { } end && end < asOf;
        var repealed = doc.Citations.Select(c => c.Name).Distinct(StringComparer.Ordinal).Where(n => knowledge.TryGetRepealed(n, out _)).ToArray();
        if (expired)
        {
            summary.Expired.Add(file);
        }

        if (repealed.Length > 0)
        {
            summary.CitingRepealed.Add(file);
        }

        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, LineOptions))
        {
            w.WriteStartObject();
            w.WriteString("file", file);
            w.WriteString("sha256", hash);
            w.WriteString("status", "reviewed");
            w.WriteString("title", doc.Title);
            w.WriteString("bodyTitle", doc.Body.Title);
            w.WriteString("documentNumber", doc.DocumentNumber?.Raw);
            w.WriteString("issuers", string.Join("、", doc.Issuers));
            w.WriteString("issueDate", issued?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("effectiveDate", effective?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("validityEnd", validityEnd?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteBoolean("expired", expired);
            w.WriteNumber("articleCount", doc.Articles.Count);
            w.WriteStartArray("citesRepealed");
            foreach (var r in repealed)
            {
                w.WriteStringValue(r);
            }

            w.WriteEndArray();
            // As in the review JSON (schema 1.2): the rules' findings, then the model's hints apart.
            ReviewJsonWriter.WriteFindings(result.Findings, w);
            w.WriteStartArray("failures");
            foreach (var failure in result.RuleFailures)
            {
                ReviewJsonWriter.WriteFailure(failure, w);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return ms.ToArray();
    }

    private static byte[] FailureLine(string file, string? hash, DocumentReadException error)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, LineOptions))
        {
            w.WriteStartObject();
            w.WriteString("file", file);
            w.WriteString("sha256", hash);
            w.WriteString("status", "failed");
            w.WriteString("reason", error.Reason.ToString());
            w.WriteString("message", error.Message);
            w.WriteEndObject();
        }

        return ms.ToArray();
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
