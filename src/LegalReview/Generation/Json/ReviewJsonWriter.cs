using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Generation.Json;

/// <summary>
/// Writes a review result as JSON in the documented, versioned schema (see docs/schemas/review-result.schema.json):
/// <c>schemaVersion</c>, <c>tool</c>, <c>document</c> (title, documentNumber, dates, articleCount, outline) and
/// <c>findings</c> (ruleId, category, severity, location, quote, message, legalBasis, suggestion …), since 1.1
/// <c>failures</c> (the rules that threw: ruleId, location, exceptionType, message) and, since 1.2, <c>hints</c>.
/// Property names are stable: other systems parse them.
/// </summary>
/// <remarks>
/// Since schema 1.2 <c>findings</c> holds the rules' findings only (<see cref="FindingSource.Rule"/>). The model's
/// findings (<see cref="FindingSource.Classifier"/> and <see cref="FindingSource.NearestCases"/>) are hints that no
/// rule confirmed; they are written apart, in <c>hints</c>, with the same object shape and their <c>source</c>, so
/// that a consumer never lists an unreviewed model guess as a rule finding. The <c>summary</c> counts
/// <c>findings</c>; <c>summary.hints</c> counts the unsuppressed hints.
/// </remarks>
public static class ReviewJsonWriter
{
    /// <summary>The schema version written in <c>schemaVersion</c>.</summary>
    public const string SchemaVersion = "1.2";

    /// <summary>The nearest published case of a finding (schema 1.1): where it was published, by whom, and how similar.</summary>
    internal static void WriteNearestCase(Utf8JsonWriter w, NearestCase nc)
    {
        w.WriteStartObject("nearestCase");
        w.WriteString("id", nc.Id);
        w.WriteString("bulletin", nc.Bulletin);
        w.WriteString("issuer", nc.Issuer);
        w.WriteString("date", nc.Date);
        w.WriteString("title", nc.Title);
        w.WriteString("violationType", nc.ViolationType);
        w.WriteNumber("similarity", Math.Round(nc.Similarity, 3));
        w.WriteBoolean("verbatim", nc.Verbatim);
        w.WriteEndObject();
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a result to a stream.</summary>
    /// <param name="result">The result.</param>
    /// <param name="stream">The destination (left open).</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Write(ReviewResult result, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, WriterOptions with { Indented = indented });
        Write(result, w);
    }

    /// <summary>Writes a result as a JSON string.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(ReviewResult result, bool indented = true)
    {
        using var ms = new MemoryStream();
        Write(result, ms, indented);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Writes a result with an existing writer.</summary>
    /// <param name="result">The result.</param>
    /// <param name="w">The writer.</param>
    internal static void Write(ReviewResult result, Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(w);
        var doc = result.Document;
        w.WriteStartObject();
        w.WriteString("schemaVersion", SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", "LegalReview");
        w.WriteString("version", typeof(ReviewJsonWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        w.WriteString("profile", result.Profile.Name);
        w.WriteEndObject();
        WriteDocument(doc, w);
        WriteFindings(result.Findings, w);
        w.WriteStartArray("failures");
        foreach (var failure in result.RuleFailures)
        {
            WriteFailure(failure, w);
        }

        w.WriteEndArray();
        var rules = result.Findings.Where(IsRuleFinding).ToList();
        w.WriteStartObject("summary");
        w.WriteNumber("errors", rules.Count(f => !f.IsSuppressed && f.Severity == FindingSeverity.Error));
        w.WriteNumber("warnings", rules.Count(f => !f.IsSuppressed && f.Severity == FindingSeverity.Warning));
        w.WriteNumber("infos", rules.Count(f => !f.IsSuppressed && f.Severity == FindingSeverity.Info));
        w.WriteNumber("suppressed", rules.Count(f => f.IsSuppressed));
        w.WriteNumber("hints", result.ActiveFindings.Count(f => !IsRuleFinding(f)));
        w.WriteNumber("ruleFailures", result.RuleFailures.Count);
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>Whether a finding is a rule's (written in <c>findings</c>) rather than a model's hint (written in <c>hints</c>).</summary>
    /// <param name="f">The finding.</param>
    /// <returns>True for <see cref="FindingSource.Rule"/>.</returns>
    internal static bool IsRuleFinding(Finding f) => f.Source == FindingSource.Rule;

    /// <summary>
    /// Writes the <c>findings</c> array (the rules' findings) and the <c>hints</c> array (the classifier's and the
    /// nearest cases' findings), each in the given order.
    /// </summary>
    /// <param name="all">Every finding of the review, suppressed ones included.</param>
    /// <param name="w">The writer.</param>
    internal static void WriteFindings(IEnumerable<Finding> all, Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(w);
        var hints = new List<Finding>();
        w.WriteStartArray("findings");
        foreach (var f in all)
        {
            if (IsRuleFinding(f))
            {
                WriteFinding(f, w);
            }
            else
            {
                hints.Add(f);
            }
        }

        w.WriteEndArray();
        w.WriteStartArray("hints");
        foreach (var f in hints)
        {
            WriteFinding(f, w);
        }

        w.WriteEndArray();
    }

    /// <summary>The <c>source</c> value of a finding: <c>rule</c>, <c>classifier</c> or <c>nearest-cases</c>.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The name written in JSON and SARIF.</returns>
    internal static string SourceName(FindingSource source) => source switch
    {
        FindingSource.Rule => "rule",
        FindingSource.Classifier => "classifier",
        _ => "nearest-cases",
    };

    /// <summary>Writes one finding as an object.</summary>
    /// <param name="f">The finding.</param>
    /// <param name="w">The writer.</param>
    internal static void WriteFinding(Finding f, Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("title", f.Title);
        w.WriteString("category", f.Category.ToName());
        w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        w.WriteStartObject("location");
        w.WriteString("label", f.Location.Label);
        w.WriteString("pathLabel", f.Location.PathLabel);
        w.WriteNumber("offset", f.Location.Offset);
        w.WriteNumber("length", f.Location.Length);
        w.WriteNumber("paragraph", f.Location.ParagraphIndex);
        w.WriteEndObject();
        w.WriteString("quote", f.Quote);
        w.WriteString("message", f.Message);
        w.WriteStartArray("legalBasis");
        foreach (var b in f.LegalBasis)
        {
            w.WriteStringValue(b);
        }

        w.WriteEndArray();
        w.WriteString("suggestion", f.Suggestion);
        w.WriteNumber("confidence", Math.Round(f.Confidence, 3));
        w.WriteString("source", SourceName(f.Source));
        w.WriteBoolean("suppressed", f.IsSuppressed);
        if (f.NearestCase is { } nc)
        {
            WriteNearestCase(w, nc);
        }

        if (f.Suppression is { } s)
        {
            w.WriteStartObject("suppression");
            w.WriteString("by", s.By);
            w.WriteString("reason", s.Reason);
            w.WriteString("source", s.Source);
            w.WriteEndObject();
        }

        if (f.Note is not null)
        {
            w.WriteString("note", f.Note);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes one rule failure as an object.</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="w">The writer.</param>
    internal static void WriteFailure(RuleFailure failure, Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("ruleId", failure.RuleId);
        w.WriteString("location", failure.Location);
        w.WriteString("exceptionType", failure.ExceptionType);
        w.WriteString("message", failure.Message);
        w.WriteEndObject();
    }

    private static void WriteDocument(NormativeDocument doc, Utf8JsonWriter w)
    {
        w.WriteStartObject("document");
        w.WriteString("source", doc.SourceName);
        w.WriteString("format", doc.Format == SourceFormat.Docx ? "docx" : doc.Format == SourceFormat.PlainText ? "text" : "other");
        w.WriteString("title", doc.Title);
        w.WriteString("kind", doc.Kind.Word);
        w.WriteBoolean("provisional", doc.Kind.IsProvisional);
        w.WriteBoolean("isWrapper", doc.IsWrapper);
        if (doc.DocumentNumber is { } n)
        {
            w.WriteString("documentNumber", n.Raw);
            w.WriteStartObject("documentNumberParts");
            w.WriteString("agencyCode", n.AgencyCode);
            WriteNullableInt(w, "year", n.Year);
            WriteNullableInt(w, "sequence", n.Sequence);
            w.WriteBoolean("wellFormed", n.IsWellFormed);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("documentNumber");
        }

        w.WriteStartArray("issuers");
        foreach (var i in doc.Issuers)
        {
            w.WriteStringValue(i);
        }

        w.WriteEndArray();
        w.WriteString("recipients", doc.Recipients);
        WriteDate(w, "issueDate", doc.IssueDate);
        if (doc.EffectiveDate is { } e)
        {
            w.WriteStartObject("effective");
            w.WriteString("kind", e.Kind switch { EffectiveDateKind.FixedDate => "fixedDate", EffectiveDateKind.OnIssue => "onIssue", _ => "daysAfterIssue" });
            WriteNullableInt(w, "daysAfterIssue", e.DaysAfterIssue);
            var resolved = e.Resolve(doc.IssueDate?.Value);
            w.WriteString("date", resolved?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("text", doc.GetText(e.Span));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("effective");
        }

        if (doc.Validity is { } v)
        {
            w.WriteStartObject("validity");
            WriteNullableInt(w, "years", v.Years);
            var end = v.EndDate(doc.EffectiveDate?.Resolve(doc.IssueDate?.Value));
            w.WriteString("until", end?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("text", doc.GetText(v.Span));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("validity");
        }

        w.WriteNumber("articleCount", doc.Articles.Count);
        w.WriteNumber("paragraphCount", doc.Paragraphs.Count);
        w.WriteNumber("tableCount", doc.Tables.Count);
        w.WriteStartArray("attachments");
        foreach (var a in doc.Attachments)
        {
            w.WriteStartObject();
            w.WriteNumber("number", a.Number);
            w.WriteString("title", a.Title);
            w.WriteBoolean("included", a.Content is not null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteBoolean("hasTrackedChanges", doc.Properties.HasTrackedChanges);
        w.WriteBoolean("hasMacros", doc.Properties.HasMacros);
        w.WriteString("application", doc.Properties.Application);
        w.WriteNumber("autoNumberedParagraphs", doc.Properties.AutoNumberedParagraphs);
        w.WriteEndObject();
        w.WriteStartArray("sections");
        foreach (var s in doc.Sections)
        {
            w.WriteStartObject();
            w.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
            w.WriteString("title", s.Title);
            w.WriteString("style", s.Style.ToString().ToLowerInvariant());
            w.WriteNumber("articleCount", s.Articles.Count());
            w.WriteStartArray("outline");
            foreach (var p in s.Provisions)
            {
                WriteNode(p, w);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNode(Provision p, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("kind", p.Kind.ToString().ToLowerInvariant());
        w.WriteString("label", p.Label);
        WriteNullableInt(w, "number", p.Number);
        w.WriteString("numberText", p.NumberText);
        w.WriteString("text", p.Text);
        w.WriteNumber("offset", p.Span.Offset);
        w.WriteNumber("length", p.Span.Length);
        if (p.Children.Count > 0)
        {
            w.WriteStartArray("children");
            foreach (var c in p.Children)
            {
                WriteNode(c, w);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DocumentDate? d)
    {
        if (d is null)
        {
            w.WriteNull(name);
            w.WriteNull(name + "Text");
            return;
        }

        w.WriteString(name, d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString(name + "Text", d.Original);
    }

    private static void WriteNullableInt(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
