using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using LegalReview.Cli;
using LegalReview.Cli.Batch;
using LegalReview.Cli.Commands;
using LegalReview.Generation;
using LegalReview.Testing;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Reliability;

/// <summary>
/// A batch over hundreds of damaged copies of the seed drafts must end with every report written: some copies carry a
/// character XML 1.0 forbids in their body, so the reader's error message quotes it, and that message reaches the
/// batch workbook's summary sheet (the crash this test was written for: "'\uFFFF', hexadecimal value 0xFFFF, is an
/// invalid character" from the workbook's cell writer after every file had been journalled).
/// </summary>
public sealed class BatchMutationTests
{
    private const int Seed = 20251202;
    private const int Files = 400;

    /// <summary>Raw UTF-8 of characters XML 1.0 forbids, put into the body's text.</summary>
    private static readonly byte[][] Forbidden = [[0xEF, 0xBF, 0xBF], [0xEF, 0xBF, 0xBE], [0x01], [0x1B], [0x08]];

    [Test]
    public async Task FourHundredDamagedDrafts_ThroughBatch_EndWithEveryReportWritten()
    {
        using var folder = new TempDirectory("lr-batch-mutation-");
        var input = Directory.CreateDirectory(folder.Combine("in")).FullName;
        var seeds = Directory.GetFiles(RepoPaths.Drafts, "*.docx").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var random = new Random(Seed);
        using (var mutations = DocxMutations.Generate(seeds, random).GetEnumerator())
        {
            for (var i = 0; i < Files; i++)
            {
                // One file in four has a forbidden character in its body; the others get the reader tests' damage.
                var (kind, bytes) = i % 4 == 0 ? ("forbidden-char", WithForbiddenCharacter(seeds[random.Next(seeds.Length)], random)) : Next(mutations);
                await File.WriteAllBytesAsync(Path.Combine(input, $"{i:D3}-{kind}.docx"), bytes);
            }
        }

        var output = folder.Combine("out");
        var sarif = folder.Combine("out", "batch.sarif");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await BatchCommand.RunAsync([input], output, 2, false, null, "2025-12-01", sarif, BatchCommand.DefaultReportingBody, stdout, stderr, false, CancellationToken.None);

        TestContext.Out.WriteLine(stdout.ToString());
        Assert.That(code, Is.EqualTo(ExitCodes.Findings).Or.EqualTo(ExitCodes.Ok).Or.EqualTo(ExitCodes.RuleFailures), stderr.ToString());
        var records = JournalReader.Read(Path.Combine(output, BatchJournal.FileName)).ToList();
        // The reports count a content once: two damaged copies can come out byte for byte the same.
        var distinct = Directory.GetFiles(input).Select(f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))).Distinct().Count();
        Assert.That(records, Has.Count.EqualTo(distinct), "every distinct file journalled once");
        Assert.That(records.Where(r => !r.Reviewed).Select(r => r.Error), Has.Some.Matches<string?>(XmlText.NeedsSanitizing), "some reader error quotes a character XML forbids, as in the original crash");
        Assert.That(records.Where(r => r.Reviewed).SelectMany(r => r.RuleFailures), Is.Empty, "no rule threw on a readable damaged draft");

        using (var workbook = SpreadsheetDocument.Open(Path.Combine(output, BatchReports.WorkbookName), false))
        {
            AssertValid(workbook);
            var summary = string.Concat(workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()).Select(t => t.Text));
            Assert.That(summary, Does.Contain(XmlText.Replacement.ToString()), "the forbidden character was replaced, not dropped with its message");
        }

        using (var cleanup = WordprocessingDocument.Open(Path.Combine(output, BatchReports.CleanupName), false))
        {
            AssertValid(cleanup);
        }

        using var log = JsonDocument.Parse(await File.ReadAllBytesAsync(sarif));
        Assert.That(log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean(), Is.True);
        using var summaryJson = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(output, "summary.json")));
        Assert.That(summaryJson.RootElement.GetProperty("documents").GetInt32(), Is.EqualTo(Files));
    }

    private static (string Kind, byte[] Bytes) Next(IEnumerator<(string Kind, byte[] Bytes)> mutations)
    {
        mutations.MoveNext();
        return mutations.Current;
    }

    /// <summary>The seed with one forbidden character put inside the text of a random run of its main document.</summary>
    private static byte[] WithForbiddenCharacter(byte[] seed, Random random) => DocxMutations.Rewrite(seed, (_, entries) =>
    {
        var i = entries.FindIndex(e => e.Name == "word/document.xml");
        var xml = entries[i].Data;
        var runs = new List<int>();
        var tag = "<w:t"u8.ToArray();
        for (var at = xml.AsSpan().IndexOf(tag); at >= 0;)
        {
            var close = Array.IndexOf(xml, (byte)'>', at);
            if (close > 0 && xml[at + tag.Length] is (byte)'>' or (byte)' ')
            {
                runs.Add(close + 1);
            }

            var next = xml.AsSpan(at + 1).IndexOf(tag);
            at = next < 0 ? -1 : at + 1 + next;
        }

        var insertAt = runs.Count > 0 ? runs[random.Next(runs.Count)] : xml.Length / 2;
        entries[i] = (entries[i].Name, [.. xml[..insertAt], .. Forbidden[random.Next(Forbidden.Length)], .. xml[insertAt..]]);
    });

    private static void AssertValid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.That(errors, Is.Empty, string.Join("\n", errors.Take(10)));
    }
}
