using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalReview.Documents;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Generation.Sarif;

/// <summary>
/// Writes review results as a SARIF 2.1.0 log: one run whose <c>tool.driver.rules</c> describe every rule that
/// reported (from its <see cref="RuleDescriptor"/>, with <c>helpUri</c> to <c>docs/rules/LRnnnn.md</c>), and one
/// result per finding with its level, message, the document as <c>artifactLocation</c>, the quoted words as the
/// region snippet, the provision's path label as the logical location, a stable partial fingerprint and, for a
/// finding a reviewer judged lawful, a suppression with its justification.
/// </summary>
public static class SarifWriter
{
    /// <summary>The SARIF version written.</summary>
    internal const string Version = "2.1.0";

    /// <summary>The schema URI written in <c>$schema</c>.</summary>
    internal const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes one or several review results (a batch) as one SARIF log.</summary>
    /// <param name="results">The results, one per document.</param>
    /// <param name="stream">The destination (left open).</param>
    /// <param name="options">Help URIs, base directory and indentation.</param>
    /// <param name="cancellationToken">Checked between documents.</param>
    public static void Write(IEnumerable<ReviewResult> results, Stream stream, SarifOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        WriteArtifacts(results.Select(SarifArtifact.FromResult), stream, options, cancellationToken);
    }

    /// <summary>
    /// Writes documents known by the facts recorded of their review (e.g. a batch journal) as one SARIF log, so
    /// that a batch's log needs no document model in memory.
    /// </summary>
    /// <param name="artifacts">The documents with their findings.</param>
    /// <param name="stream">The destination (left open).</param>
    /// <param name="options">Help URIs, base directory and indentation.</param>
    /// <param name="cancellationToken">Checked between documents.</param>
    internal static void WriteArtifacts(IEnumerable<SarifArtifact> artifacts, Stream stream, SarifOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new SarifOptions();
        var list = artifacts.ToList();
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = options.Indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var rules = CollectRules(list);
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", Version);
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "LegalReview");
        w.WriteString("version", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        w.WriteString("language", "zh-CN");
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(w, rule, options);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("language", "zh-CN");
        w.WriteString("columnKind", "unicodeCodePoints");
        w.WriteStartArray("artifacts");
        foreach (var r in list)
        {
            w.WriteStartObject();
            w.WriteStartObject("location");
            w.WriteString("uri", Uri(r.SourceName, options));
            w.WriteEndObject();
            w.WriteString("mimeType", r.IsDocx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/plain");
            w.WriteStartObject("description");
            w.WriteString("text", r.Title);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("results");
        for (var a = 0; a < list.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var f in list[a].Findings)
            {
                WriteResult(w, f, list[a].SourceName, a, ruleIndex[f.RuleId], options);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>Writes a batch to a file.</summary>
    /// <param name="results">The results.</param>
    /// <param name="path">The .sarif path (overwritten).</param>
    /// <param name="options">Help URIs, base directory and indentation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static async Task WriteFileAsync(IEnumerable<ReviewResult> results, string path, SarifOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var ms = new MemoryStream();
        Write(results, ms, options, cancellationToken);
        await File.WriteAllBytesAsync(path, ms.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes recorded documents to a file, streaming to it rather than through memory.</summary>
    /// <param name="artifacts">The documents with their findings.</param>
    /// <param name="path">The .sarif path (overwritten).</param>
    /// <param name="options">Help URIs, base directory and indentation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    internal static async Task WriteArtifactsFileAsync(IEnumerable<SarifArtifact> artifacts, string path, SarifOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            WriteArtifacts(artifacts, stream, options, cancellationToken);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The SARIF level of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>error, warning or note.</returns>
    internal static string LevelOf(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// A fingerprint that survives edits elsewhere in the document: the rule, the provision's path label and the
    /// whitespace-free, width-folded quote.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>"sha256:" and 64 hex digits.</returns>
    internal static string Fingerprint(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var quote = string.Concat(TextNormalizer.Normalize(finding.Quote).Where(c => !char.IsWhiteSpace(c)));
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(finding.RuleId + "\u001f" + finding.Location.PathLabel + "\u001f" + quote));
        return "sha256:" + Convert.ToHexStringLower(bytes);
    }

    private sealed record RuleInfo(string Id, string Name, string Title, string Description, string Suggestion, IReadOnlyList<string> Bases, RuleCategory Category, FindingSeverity Level);

    private static List<RuleInfo> CollectRules(List<SarifArtifact> results)
    {
        var seen = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
        foreach (var f in results.SelectMany(r => r.Findings))
        {
            if (seen.ContainsKey(f.RuleId))
            {
                continue;
            }

            seen[f.RuleId] = BuiltInRules.Find(f.RuleId)?.Descriptor is { } d
                ? new RuleInfo(d.Id, RuleName(d), d.Title, d.Description, d.Suggestion, d.LegalBases, d.Category, d.DefaultSeverity)
                : new RuleInfo(f.RuleId, f.RuleId, f.Title, string.Empty, string.Empty, f.LegalBasis, f.Category, f.Severity);
        }

        return seen.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>"DocumentNumberFormat" from the class LR5001DocumentNumberFormat.</summary>
    private static string RuleName(RuleDescriptor d)
    {
        var name = d.RuleType.Name;
        return name.StartsWith(d.Id, StringComparison.Ordinal) && name.Length > d.Id.Length ? name[d.Id.Length..] : name;
    }

    private static void WriteRule(Utf8JsonWriter w, RuleInfo r, SarifOptions options)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        WriteMessage(w, "shortDescription", r.Title);
        if (r.Description.Length > 0)
        {
            WriteMessage(w, "fullDescription", r.Description);
        }

        var help = new StringBuilder();
        if (r.Suggestion.Length > 0)
        {
            help.Append("修改建议：").Append(r.Suggestion);
        }

        if (r.Bases.Count > 0)
        {
            help.Append(help.Length > 0 ? "\n" : string.Empty).Append("依据：").Append(string.Join("；", r.Bases));
        }

        if (help.Length > 0)
        {
            WriteMessage(w, "help", help.ToString());
        }

        w.WriteString("helpUri", options.HelpUriBase + r.Id + ".md");
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", LevelOf(r.Level));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", r.Category.ToName());
        w.WriteStartArray("tags");
        w.WriteStringValue(r.Category.ToName());
        w.WriteStringValue(r.Category.ChineseName());
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, string sourceName, int artifactIndex, int ruleIndex, SarifOptions options)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", LevelOf(f.Severity));
        w.WriteString("kind", "fail");
        WriteMessage(w, "message", string.IsNullOrWhiteSpace(f.Location.Label) ? f.Message : $"{f.Location.Label}：{f.Message}");
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", Uri(sourceName, options));
        w.WriteNumber("index", artifactIndex);
        w.WriteEndObject();
        if (f.Quote.Length > 0)
        {
            w.WriteStartObject("region");
            w.WriteStartObject("snippet");
            w.WriteString("text", f.Quote);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("name", string.IsNullOrWhiteSpace(f.Location.Label) ? "文件整体" : f.Location.Label);
        w.WriteString("fullyQualifiedName", string.IsNullOrWhiteSpace(f.Location.PathLabel) ? "文件整体" : f.Location.PathLabel);
        w.WriteString("kind", "element");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        w.WriteString("lrText/v1", Fingerprint(f));
        w.WriteEndObject();
        if (f.Suppression is { } s)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", s.Source == "inline" ? "inSource" : "external");
            w.WriteString("status", "accepted");
            w.WriteString("justification", string.IsNullOrWhiteSpace(s.By) ? s.Reason : $"{s.Reason}（{s.By}）");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        w.WriteString("category", f.Category.ToName());
        w.WriteNumber("textOffset", f.Location.Offset);
        w.WriteNumber("textLength", f.Location.Length);
        w.WriteStartArray("legalBasis");
        foreach (var b in f.LegalBasis)
        {
            w.WriteStringValue(b);
        }

        w.WriteEndArray();
        if (f.Suggestion.Length > 0)
        {
            w.WriteString("suggestion", f.Suggestion);
        }

        if (f.Note is not null)
        {
            w.WriteString("note", f.Note);
        }

        w.WriteNumber("confidence", Math.Round(f.Confidence, 3));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string Uri(string sourceName, SarifOptions options)
    {
        var path = sourceName;
        if (options.BaseDirectory is { } baseDir && Path.IsPathRooted(sourceName))
        {
            var rel = Path.GetRelativePath(baseDir, sourceName);
            if (!rel.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(rel))
            {
                path = rel;
            }
        }

        if (Path.IsPathRooted(path))
        {
            return new System.Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        return string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }
}
