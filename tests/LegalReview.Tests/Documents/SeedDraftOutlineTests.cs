using System.IO.Compression;
using System.Text.Json;
using LegalReview.Corpus;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Documents;

/// <summary>Every seed draft reads into the outline recorded for it in seeds/drafts/expected.json.</summary>
public sealed class SeedDraftOutlineTests
{
    private static readonly Lazy<JsonElement> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Drafts, "expected.json"))).RootElement);

    public static IEnumerable<string> Samples() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(FindRoot(), "seeds", "drafts", "expected.json"))).RootElement.EnumerateObject().Select(p => p.Name);

    [Test]
    public void ThereAreAtLeastTwelveSamples() => Assert.That(Samples().Count(), Is.GreaterThanOrEqualTo(12));

    [TestCaseSource(nameof(Samples))]
    public async Task Sample_ReadsIntoExpectedOutline(string file)
    {
        var e = Expected.Value.GetProperty(file);
        var doc = await new DocumentReader().ReadFileAsync(Path.Combine(RepoPaths.Drafts, file));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.Title, Is.EqualTo(e.GetProperty("title").GetString()), "title");
            Assert.That(doc.Kind.Word, Is.EqualTo(e.GetProperty("kind").GetString()), "kind");
            Assert.That(doc.Kind.IsProvisional, Is.EqualTo(e.GetProperty("provisional").GetBoolean()), "provisional");
            Assert.That(doc.IsWrapper, Is.EqualTo(e.GetProperty("isWrapper").GetBoolean()), "wrapper");
            if (e.TryGetProperty("bodyTitle", out var bodyTitle))
            {
                Assert.That(doc.Body.Title, Is.EqualTo(bodyTitle.GetString()), "attached title");
                Assert.That(doc.Body.Kind, Is.EqualTo(DocumentSectionKind.Attachment));
            }

            var number = e.GetProperty("documentNumber");
            if (number.ValueKind == JsonValueKind.Null)
            {
                Assert.That(doc.DocumentNumber, Is.Null, "no 文号");
            }
            else
            {
                Assert.That(doc.DocumentNumber, Is.Not.Null, "文号");
                Assert.That(doc.DocumentNumber!.Raw, Is.EqualTo(number.GetProperty("raw").GetString()));
                Assert.That(doc.DocumentNumber.AgencyCode, Is.EqualTo(number.GetProperty("agencyCode").GetString()));
                Assert.That(doc.DocumentNumber.Year, Is.EqualTo(number.GetProperty("year").GetInt32()));
                Assert.That(doc.DocumentNumber.Sequence, Is.EqualTo(number.GetProperty("sequence").GetInt32()));
                Assert.That(doc.DocumentNumber.IsWellFormed, Is.EqualTo(number.GetProperty("wellFormed").GetBoolean()));
                Assert.That(doc.GetText(doc.DocumentNumberSpan!.Value), Is.EqualTo(doc.DocumentNumber.Raw), "文号 span");
            }

            Assert.That(doc.Issuers, Is.EqualTo(e.GetProperty("issuers").EnumerateArray().Select(x => x.GetString()).ToArray()), "issuers");
            if (e.TryGetProperty("recipients", out var recipients))
            {
                Assert.That(doc.Recipients, Is.EqualTo(recipients.ValueKind == JsonValueKind.Null ? null : recipients.GetString()), "主送机关");
            }

            Assert.That(doc.IssueDate?.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(e.GetProperty("issueDate").GetString()), "成文日期");
            if (e.TryGetProperty("issueDateText", out var issueText))
            {
                Assert.That(doc.IssueDate!.Original, Is.EqualTo(issueText.GetString()));
                Assert.That(doc.IssueDate.IsStandardForm, Is.False);
            }

            if (doc.IssueDate?.Span is { } dateSpan)
            {
                Assert.That(doc.GetText(dateSpan), Is.EqualTo(doc.IssueDate.Original), "成文日期 span");
            }

            var effective = e.GetProperty("effective");
            Assert.That(doc.EffectiveDate?.Kind.ToString(), Is.EqualTo(effective.GetProperty("kind").GetString()), "施行 kind");
            Assert.That(doc.EffectiveDate?.Resolve(doc.IssueDate?.Value)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(effective.GetProperty("date").GetString()), "施行日期");
            var validity = e.GetProperty("validity");
            if (validity.ValueKind == JsonValueKind.Null)
            {
                Assert.That(doc.Validity, Is.Null, "no 有效期");
            }
            else
            {
                Assert.That(doc.Validity, Is.Not.Null, "有效期");
                Assert.That(doc.Validity!.Years, Is.EqualTo(validity.TryGetProperty("years", out var y) ? y.GetInt32() : (int?)null), "有效期 years");
                Assert.That(doc.Validity.Until?.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(validity.TryGetProperty("until", out var u) ? u.GetString() : null), "有效期 until");
            }

            Assert.That(doc.Articles, Has.Count.EqualTo(e.GetProperty("articleCount").GetInt32()), "article count");
            var expectedNumbers = e.TryGetProperty("articleNumbers", out var nums)
                ? nums.EnumerateArray().Select(n => n.GetInt32()).ToArray()
                : Enumerable.Range(1, e.GetProperty("articleCount").GetInt32()).ToArray();
            Assert.That(doc.Articles.Select(a => a.Number ?? -1), Is.EqualTo(expectedNumbers), "article numbers");
            Assert.That(doc.Articles.Select(a => a.Label), Is.EqualTo(expectedNumbers.Select(n => $"第{ChineseNumerals.ToCounting(n)}条")), "article labels");
            if (e.TryGetProperty("chapters", out var chapters))
            {
                var actual = doc.Body.AllProvisions.Where(p => p.Kind == ProvisionKind.Chapter).Select(c => $"{c.Label} {c.Text}");
                Assert.That(actual, Is.EqualTo(chapters.EnumerateArray().Select(c => c.GetString())), "chapters");
            }

            if (e.TryGetProperty("headings", out var headings))
            {
                var actual = doc.Body.AllProvisions.Where(p => p.Kind is >= ProvisionKind.Heading1 and <= ProvisionKind.Heading4).Select(h => h.Label);
                Assert.That(actual, Is.EqualTo(headings.EnumerateArray().Select(c => c.GetString())), "headings");
            }

            if (e.TryGetProperty("attachments", out var attachments))
            {
                Assert.That(doc.Attachments.Select(a => a.Title), Is.EqualTo(attachments.EnumerateArray().Select(a => a.GetString())), "附件说明");
                Assert.That(doc.Attachments.All(a => a.Content is not null), "attachments are matched to their attached text");
            }

            Assert.That(doc.Tables, Has.Count.EqualTo(e.GetProperty("tables").GetInt32()), "tables");
            if (e.TryGetProperty("tableCells", out var cells))
            {
                var expectedCells = cells.EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()).ToArray()).ToArray();
                Assert.That(doc.Tables[0].Rows.Select(r => r.ToArray()).ToArray(), Is.EqualTo(expectedCells), "table cells");
            }

            Assert.That(doc.Properties.HasTrackedChanges, Is.EqualTo(e.GetProperty("hasTrackedChanges").GetBoolean()), "tracked changes");
            Assert.That(doc.Properties.AutoNumberedParagraphs, Is.EqualTo(e.GetProperty("autoNumbered").GetInt32()), "auto-numbered paragraphs");
            if (e.TryGetProperty("application", out var app))
            {
                Assert.That(doc.Properties.Application, Does.StartWith(app.GetString()!), "application");
            }

            if (e.TryGetProperty("encoding", out var enc))
            {
                Assert.That(doc.Properties.Encoding, Is.EqualTo(enc.GetString()), "encoding");
            }

            if (e.TryGetProperty("notes", out var notes))
            {
                Assert.That(doc.Notes, Is.EqualTo(notes.EnumerateArray().Select(n => n.GetString())), "footnotes");
            }

            foreach (var s in e.TryGetProperty("present", out var present) ? present.EnumerateArray() : default)
            {
                Assert.That(doc.Text, Does.Contain(s.GetString()), "text present");
            }

            foreach (var s in e.TryGetProperty("absent", out var absent) ? absent.EnumerateArray() : default)
            {
                Assert.That(doc.Text, Does.Not.Contain(s.GetString()), "text absent (deleted revisions, field codes, headers, footers)");
            }

            foreach (var l in e.GetProperty("labels").EnumerateArray())
            {
                var quote = l.GetProperty("quote").GetString()!;
                var at = doc.Text.IndexOf(quote, StringComparison.Ordinal);
                Assert.That(at, Is.GreaterThanOrEqualTo(0), $"quote “{quote}” in text");
                if (at < 0)
                {
                    continue;
                }

                Assert.That(doc.LabelAt(at), Is.EqualTo(l.GetProperty("label").GetString()), $"label of “{quote}”");
                Assert.That(doc.ProvisionAt(at)?.PathLabel, Is.EqualTo(l.GetProperty("path").GetString()), $"path label of “{quote}”");
                var span = doc.SpanAt(at, quote.Length);
                Assert.That(doc.GetText(span), Is.EqualTo(quote), "location round-trips");
                Assert.That(doc.Paragraphs[span.ParagraphIndex].Text, Does.Contain(quote), "span paragraph holds the quote");
            }
        }
    }

    [TestCaseSource(nameof(Samples))]
    public void CommittedSample_IsReproducibleFromItsSource(string file)
    {
        var source = DraftSource.Load(Path.Combine(RepoPaths.Drafts, "src", Path.ChangeExtension(file, ".txt")));
        var dir = Path.Combine(Path.GetTempPath(), "lr-seeds-" + Guid.NewGuid().ToString("N"));
        try
        {
            var built = DraftDocxWriter.WriteFile(source, dir);
            var committed = Path.Combine(RepoPaths.Drafts, file);
            Assert.That(PartsOf(built), Is.EqualTo(PartsOf(committed)), "the committed sample was built from its source by LegalReview.Corpus build-seeds");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static Dictionary<string, string> PartsOf(string path)
    {
        if (path.EndsWith(".txt", StringComparison.Ordinal))
        {
            return new() { ["text"] = Convert.ToBase64String(File.ReadAllBytes(path)) };
        }

        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Where(en => en.FullName.StartsWith("word/", StringComparison.Ordinal) && en.FullName.EndsWith(".xml", StringComparison.Ordinal) && !en.FullName.Contains("_rels", StringComparison.Ordinal))
            .ToDictionary(en => en.FullName, en =>
            {
                using var r = new StreamReader(en.Open());
                return System.Text.RegularExpressions.Regex.Replace(r.ReadToEnd(), "r:id=\"[^\"]+\"", "r:id");
            });
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LegalReview.sln not found");
    }
}
