using System.Globalization;
using System.Text.Json;
using LegalReview.Review;

namespace LegalReview.Cli.Batch;

/// <summary>
/// Reads the batch journal back one line at a time, so that the reports of a batch of any size are built without
/// holding its document models; a document recorded twice (same content hash) is yielded once, and a damaged or
/// partial line is skipped as <see cref="BatchJournal"/> does on resume.
/// </summary>
internal static class JournalReader
{
    public static IEnumerable<JournalRecord> Read(string journalPath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Utf8Lines(journalPath))
        {
            if (line.Length == 0)
            {
                continue;
            }

            JournalRecord? record;
            try
            {
                using var json = JsonDocument.Parse(line);
                record = Parse(json.RootElement);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                record = null;
            }

            if (record is null || !seen.Add(record.Sha256 ?? "file:" + record.File))
            {
                continue;
            }

            yield return record;
        }
    }

    /// <summary>
    /// The journal's lines as UTF-8 bytes, without their line ends: parsed straight from the bytes the journal was
    /// written in, with no UTF-16 string per line. Each line is valid only until the next is read.
    /// </summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Utf8Lines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var start = 0;
        var end = 0;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                yield return TrimCarriageReturn(buffer.AsMemory(start, newline - start));
                start = newline + 1;
                continue;
            }

            // No complete line left in the buffer: keep the partial one at the front and read more.
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (end > start)
                {
                    yield return TrimCarriageReturn(buffer.AsMemory(start, end - start));
                }

                yield break;
            }

            end += read;
        }
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private static JournalRecord Parse(JsonElement e)
    {
        var file = e.GetProperty("file").GetString()!;
        var hash = e.TryGetProperty("sha256", out var h) ? h.GetString() : null;
        if (e.GetProperty("status").GetString() != "reviewed")
        {
            return new JournalRecord(file, hash, false, string.Empty, null, null, [], Text(e, "message") ?? Text(e, "reason"), []);
        }

        // Rule findings, then the model's hints: a journal written before hints had their own array (schema 1.0/1.1
        // lines) has none and keeps them inside "findings", each with its "source".
        var findings = new List<Finding>();
        foreach (var f in e.GetProperty("findings").EnumerateArray())
        {
            findings.Add(ParseFinding(f));
        }

        if (e.TryGetProperty("hints", out var hs) && hs.ValueKind == JsonValueKind.Array)
        {
            foreach (var f in hs.EnumerateArray())
            {
                findings.Add(ParseFinding(f));
            }
        }

        // A journal written before rule failures were recorded has no "failures": none were known.
        var failures = new List<RuleFailure>();
        if (e.TryGetProperty("failures", out var fs) && fs.ValueKind == JsonValueKind.Array)
        {
            foreach (var f in fs.EnumerateArray())
            {
                failures.Add(new RuleFailure(f.GetProperty("ruleId").GetString()!, Text(f, "location"), f.GetProperty("exceptionType").GetString()!, f.GetProperty("message").GetString()!));
            }
        }

        var title = Text(e, "title");
        var validity = Text(e, "validityEnd");
        return new JournalRecord(
            file,
            hash,
            true,
            string.IsNullOrEmpty(title) ? Path.GetFileNameWithoutExtension(file) : title,
            Text(e, "documentNumber"),
            validity is null ? null : DateOnly.ParseExact(validity, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            findings,
            null,
            failures);
    }

    private static Finding ParseFinding(JsonElement f)
    {
        var location = f.GetProperty("location");
        var category = f.GetProperty("category").GetString()!;
        if (!RuleCategories.TryParse(category, out var parsedCategory))
        {
            throw new FormatException($"Unknown rule category '{category}'.");
        }

        Suppression? suppression = null;
        if (f.TryGetProperty("suppression", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            suppression = new Suppression(s.GetProperty("by").GetString()!, s.GetProperty("reason").GetString()!, s.GetProperty("source").GetString()!);
        }

        return new Finding
        {
            RuleId = f.GetProperty("ruleId").GetString()!,
            Title = f.GetProperty("title").GetString()!,
            Category = parsedCategory,
            Severity = Enum.Parse<FindingSeverity>(f.GetProperty("severity").GetString()!, ignoreCase: true),
            Location = new FindingLocation(
                location.GetProperty("label").GetString()!,
                location.GetProperty("pathLabel").GetString()!,
                location.GetProperty("offset").GetInt32(),
                location.GetProperty("length").GetInt32(),
                location.GetProperty("paragraph").GetInt32()),
            Quote = f.GetProperty("quote").GetString()!,
            Message = f.GetProperty("message").GetString()!,
            LegalBasis = f.GetProperty("legalBasis").EnumerateArray().Select(b => b.GetString()!).ToArray(),
            Suggestion = f.GetProperty("suggestion").GetString()!,
            Confidence = f.GetProperty("confidence").GetDouble(),
            Source = ParseSource(Text(f, "source")),
            Suppression = suppression,
            Note = Text(f, "note"),
            NearestCase = f.TryGetProperty("nearestCase", out var nc) && nc.ValueKind == JsonValueKind.Object ? ParseNearestCase(nc) : null,
        };
    }

    private static NearestCase ParseNearestCase(JsonElement nc) =>
        new(
            nc.GetProperty("id").GetString()!,
            nc.GetProperty("bulletin").GetString()!,
            nc.GetProperty("issuer").GetString()!,
            nc.GetProperty("date").GetString()!,
            nc.GetProperty("title").GetString()!,
            nc.GetProperty("violationType").GetString()!,
            nc.GetProperty("similarity").GetDouble())
        {
            Verbatim = !nc.TryGetProperty("verbatim", out var v) || v.ValueKind != JsonValueKind.False,
        };

    /// <summary>The finding's source as <c>ReviewJsonWriter</c> names it; a line without one is a rule's finding.</summary>
    private static FindingSource ParseSource(string? source) => source switch
    {
        null or "rule" => FindingSource.Rule,
        "classifier" => FindingSource.Classifier,
        "nearest-cases" => FindingSource.NearestCases,
        _ => throw new FormatException($"Unknown finding source '{source}'."),
    };

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
