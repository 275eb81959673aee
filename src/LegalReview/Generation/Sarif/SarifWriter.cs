using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Generation.Sarif;

/// <summary>
/// Writes review results as a SARIF 2.1.0 log: one run whose <c>tool.driver.rules</c> describe every rule that
/// reported (from the <see cref="RuleDescriptor"/>s in <see cref="ReviewResult.Rules"/>, so that a host's own rule
/// keeps its name and description, with <c>helpUri</c> to <c>docs/rules/LRnnnn.md</c>), and one result per finding with its level, message, the document as <c>artifactLocation</c>, the quoted words as the
/// region snippet, the provision's path label as the logical location, a stable partial fingerprint and, for a
/// finding a reviewer judged lawful, a suppression with its justification. A rule that threw on a document is reported
/// as an error-level <c>invocations[0].toolExecutionNotifications</c> entry, with <c>executionSuccessful</c> false.
/// Every result carries its <c>properties.source</c> (<c>rule</c>, <c>classifier</c>, <c>nearest-cases</c>); a rule's
/// finding has <c>kind</c> <c>fail</c>, a model's hint (<see cref="FindingSource.Classifier"/>,
/// <see cref="FindingSource.NearestCases"/>) <c>kind</c> <c>review</c>: no rule confirmed it, a person must judge it.
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
        var writerOptions = new JsonWriterOptions { Indented = options.Indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        // One pass over the documents. The rules and the artifacts come before the results in the log, and a
        // result's ruleIndex is its rule's place among all the rules sorted by id, known only at the end; so the
        // results are written to a spool (spilling to a temporary file past a few megabytes) with a marked
        // provisional rule number, while the rules and each document's URI and title are kept, and the spool is
        // then copied after them with each marked number replaced by the rule's index.
        var rules = new Dictionary<string, (int Provisional, RuleInfo Info)>(StringComparer.Ordinal);
        var files = new List<(string Uri, bool IsDocx, string Title)>();
        var failures = new List<(string Uri, RuleFailure Failure)>();
        using var spool = new Spool();
        long resultsStart;
        using (var rw = new Utf8JsonWriter(spool, writerOptions))
        {
            // The same nesting as in the log, so that the results are indented as they will stand there; the
            // spool's copy starts after this prefix.
            rw.WriteStartObject();
            rw.WriteStartArray("runs");
            rw.WriteStartObject();
            rw.WriteStartArray("results");
            rw.Flush();
            resultsStart = spool.Length;
            foreach (var artifact in artifacts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var uri = Uri(artifact.SourceName, options);
                files.Add((uri, artifact.IsDocx, artifact.Title));
                foreach (var failure in artifact.Failures ?? [])
                {
                    failures.Add((uri, failure));
                }

                foreach (var f in artifact.Findings)
                {
                    if (!rules.TryGetValue(f.RuleId, out var rule))
                    {
                        rule = (rules.Count, DescribeRule(f, artifact.Rules));
                        rules.Add(f.RuleId, rule);
                    }

                    WriteResult(rw, f, uri, files.Count - 1, rule.Provisional);
                }

                // The writer keeps what it writes until flushed.
                if (rw.BytesPending > FlushThreshold)
                {
                    rw.Flush();
                }
            }

            rw.WriteEndArray();
            rw.WriteEndObject();
            rw.WriteEndArray();
            rw.WriteEndObject();
        }

        var sorted = rules.Values.OrderBy(r => r.Info.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = new int[sorted.Count];
        for (var i = 0; i < sorted.Count; i++)
        {
            ruleIndex[sorted[i].Provisional] = i;
        }

        using var w = new Utf8JsonWriter(stream, writerOptions);
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
        foreach (var (_, rule) in sorted)
        {
            WriteRule(w, rule, options);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("language", "zh-CN");
        w.WriteString("columnKind", "unicodeCodePoints");
        w.WriteStartArray("artifacts");
        foreach (var (uri, isDocx, title) in files)
        {
            w.WriteStartObject();
            w.WriteStartObject("location");
            w.WriteString("uri", uri);
            w.WriteEndObject();
            w.WriteString("mimeType", isDocx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/plain");
            w.WriteStartObject("description");
            w.WriteString("text", title);
            w.WriteEndObject();
            w.WriteEndObject();
            if (w.BytesPending > FlushThreshold)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
        WriteInvocation(w, failures);
        w.WriteStartArray("results");
        w.Flush();
        spool.Position = resultsStart;
        CopyResults(spool, stream, ruleIndex);
        stream.Flush();
    }

    /// <summary>Writes a batch to a file, streaming to it rather than through memory.</summary>
    /// <param name="results">The results.</param>
    /// <param name="path">The .sarif path (overwritten).</param>
    /// <param name="options">Help URIs, base directory and indentation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static async Task WriteFileAsync(IEnumerable<ReviewResult> results, string path, SarifOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(results);
        await WriteArtifactsFileAsync(results.Select(SarifArtifact.FromResult), path, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes recorded documents to a file, streaming to it rather than through memory; the file is replaced only once the log is complete.</summary>
    /// <param name="artifacts">The documents with their findings.</param>
    /// <param name="path">The .sarif path (overwritten).</param>
    /// <param name="options">Help URIs, base directory and indentation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    internal static async Task WriteArtifactsFileAsync(IEnumerable<SarifArtifact> artifacts, string path, SarifOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await ReplacingFile.WriteAsync(path, stream => WriteArtifacts(artifacts, stream, options, cancellationToken), cancellationToken).ConfigureAwait(false);
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

    /// <summary>How many bytes a <see cref="Utf8JsonWriter"/> may hold before it is flushed to its stream.</summary>
    private const int FlushThreshold = 1 << 16;

    private const byte MarkStart = 0x01;

    private const byte MarkEnd = 0x02;

    private sealed record RuleInfo(string Id, string Name, string Title, string Description, string Suggestion, IReadOnlyList<string> Bases, RuleCategory Category, FindingSeverity Level);

    private static RuleInfo DescribeRule(Finding f, IReadOnlyList<RuleDescriptor> ran) => ran.FirstOrDefault(r => r.Id == f.RuleId) is { } d
        ? new RuleInfo(d.Id, RuleName(d), d.Title, d.Description, d.Suggestion, d.LegalBases, d.Category, d.DefaultSeverity)
        : new RuleInfo(f.RuleId, f.RuleId, f.Title, string.Empty, string.Empty, f.LegalBasis, f.Category, f.Severity);

    /// <summary>"DocumentNumberFormat" from the class LR5001DocumentNumberFormat.</summary>
    private static string RuleName(RuleDescriptor d)
    {
        var name = d.RuleType.Name;
        return name.StartsWith(d.Id, StringComparison.Ordinal) && name.Length > d.Id.Length ? name[d.Id.Length..] : name;
    }

    /// <summary>
    /// The run's one invocation: successful unless a rule threw, each failure an error-level tool execution
    /// notification naming the rule, the document and the provision.
    /// </summary>
    private static void WriteInvocation(Utf8JsonWriter w, List<(string Uri, RuleFailure Failure)> failures)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", failures.Count == 0);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var (uri, f) in failures)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            WriteMessage(w, "message", $"规则 {f.RuleId} 运行出错，本文件的审查结果可能不完整：{f.ExceptionType}：{f.Message}");
            w.WriteStartObject("descriptor");
            w.WriteString("id", f.RuleId);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", uri);
            w.WriteEndObject();
            w.WriteEndObject();
            if (f.Location is not null)
            {
                w.WriteStartArray("logicalLocations");
                w.WriteStartObject();
                w.WriteString("fullyQualifiedName", f.Location);
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("properties");
            w.WriteString("exceptionType", f.ExceptionType);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
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

    private static void WriteResult(Utf8JsonWriter w, Finding f, string uri, int artifactIndex, int provisionalRule)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WritePropertyName("ruleIndex");
        WriteRuleMark(w, provisionalRule);
        w.WriteString("level", LevelOf(f.Severity));
        // A rule's finding is a failed check; a model's hint (classifier, nearest cases) is for a person to judge.
        w.WriteString("kind", f.Source == FindingSource.Rule ? "fail" : "review");
        WriteMessage(w, "message", string.IsNullOrWhiteSpace(f.Location.Label) ? f.Message : $"{f.Location.Label}：{f.Message}");
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
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
        w.WriteString("source", Json.ReviewJsonWriter.SourceName(f.Source));

        if (f.NearestCase is { } nc)
        {
            Json.ReviewJsonWriter.WriteNearestCase(w, nc);
        }

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

    /// <summary>
    /// Writes a rule's provisional number as a raw value between <see cref="MarkStart"/> and <see cref="MarkEnd"/>,
    /// control bytes that JSON text otherwise never holds (the writer escapes them inside strings).
    /// </summary>
    private static void WriteRuleMark(Utf8JsonWriter w, int provisionalRule)
    {
        Span<byte> mark = stackalloc byte[12];
        mark[0] = MarkStart;
        provisionalRule.TryFormat(mark[1..], out var n, default, CultureInfo.InvariantCulture);
        mark[n + 1] = MarkEnd;
        w.WriteRawValue(mark[..(n + 2)], skipInputValidation: true);
    }

    /// <summary>Copies the spooled results to the log, each marked provisional rule number replaced by the rule's index.</summary>
    private static void CopyResults(Stream spool, Stream destination, int[] ruleIndex)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        Span<byte> digits = stackalloc byte[11];
        try
        {
            var inMark = false;
            var provisional = 0;
            int read;
            while ((read = spool.Read(buffer, 0, buffer.Length)) > 0)
            {
                var span = buffer.AsSpan(0, read);
                while (span.Length > 0)
                {
                    if (!inMark)
                    {
                        var at = span.IndexOf(MarkStart);
                        if (at < 0)
                        {
                            destination.Write(span);
                            break;
                        }

                        destination.Write(span[..at]);
                        span = span[(at + 1)..];
                        inMark = true;
                        provisional = 0;
                        continue;
                    }

                    var b = span[0];
                    span = span[1..];
                    if (b == MarkEnd)
                    {
                        ruleIndex[provisional].TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
                        destination.Write(digits[..n]);
                        inMark = false;
                    }
                    else
                    {
                        provisional = (provisional * 10) + (b - (byte)'0');
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// A write-then-read buffer for the results: in memory up to <see cref="MemoryLimit"/> bytes, then in a
    /// temporary file deleted on close, so that a batch of any size is written in bounded memory.
    /// </summary>
    private sealed class Spool : Stream
    {
        private const int MemoryLimit = 4 << 20;

        private Stream _inner = new MemoryStream();

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position
        {
            get => _inner.Position;
            set => _inner.Position = value;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_inner is MemoryStream memory && memory.Length + buffer.Length > MemoryLimit)
            {
                var file = new FileStream(Path.Combine(Path.GetTempPath(), "legalreview-sarif-" + Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                memory.WriteTo(file);
                memory.Dispose();
                _inner = file;
            }

            _inner.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => _inner.Read(buffer);

        public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Flush() => _inner.Flush();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
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
