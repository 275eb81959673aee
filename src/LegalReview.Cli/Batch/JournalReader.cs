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
        foreach (var line in File.ReadLines(journalPath))
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

    private static JournalRecord Parse(JsonElement e)
    {
        var file = e.GetProperty("file").GetString()!;
        var hash = e.TryGetProperty("sha256", out var h) ? h.GetString() : null;
        if (e.GetProperty("status").GetString() != "reviewed")
        {
            return new JournalRecord(file, hash, false, string.Empty, null, null, [], Text(e, "message") ?? Text(e, "reason"));
        }

        var findings = new List<Finding>();
        foreach (var f in e.GetProperty("findings").EnumerateArray())
        {
            findings.Add(ParseFinding(f));
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
            null);
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
            Source = f.GetProperty("source").GetString() == "classifier" ? FindingSource.Classifier : FindingSource.Rule,
            Suppression = suppression,
            Note = Text(f, "note"),
        };
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
