using LegalReview.Generation.Reports;
using LegalReview.Generation.Sarif;
using LegalReview.Rules;

namespace LegalReview.Cli.Batch;

/// <summary>
/// Writes a batch's reports from its journal after the parallel phase: the .xlsx batch report, the 清理 report and,
/// on request, a SARIF log. Each report reads the journal afresh, so a resumed run covers every document once and
/// no report keeps document models in memory.
/// </summary>
internal static class BatchReports
{
    public const string WorkbookName = "batch-report.xlsx";
    public const string CleanupName = "cleanup-report.docx";

    public static async Task WriteAsync(string outDir, string scope, string reportingBody, DateOnly asOf, string? sarifPath, CancellationToken ct)
    {
        var journal = Path.Combine(outDir, BatchJournal.FileName);

        // The reports are independent readers of the journal, each in one pass: they run side by side, so the serial
        // tail after the review phase is the longest report rather than their sum.
        var reports = new List<Task>
        {
            Task.Run(
                () => BatchReportWriter.WriteFileAsync(
                    JournalReader.Read(journal).Select(r => r.Reviewed
                        ? BatchDocument.Recorded(r.File, r.Title, r.DocumentNumber, r.Findings)
                        : new BatchDocument(r.File, null, r.Error ?? "无法读取")),
                    Path.Combine(outDir, WorkbookName),
                    ct),
                ct),
            Task.Run(
                () =>
                {
                    // The 清理 report needs only each document's proposal, not its findings, so those are dropped as read.
                    var entries = JournalReader.Read(journal)
                        .Where(r => r.Reviewed)
                        .Select(r => CleanupEntry.FromRecord(r.Title, r.DocumentNumber, r.ValidityEnd, r.Findings, asOf))
                        .ToList();
                    return CleanupReportWriter.WriteFileAsync(
                        new CleanupReportInput { ReportingBody = reportingBody, Scope = scope, Entries = entries, Date = asOf },
                        Path.Combine(outDir, CleanupName),
                        ct);
                },
                ct),
        };

        if (sarifPath is not null)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(sarifPath));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            // The journal keeps findings, not descriptors: the batch runs the built-in rules, described from their own.
            var rules = BuiltInRules.All.Select(r => r.Descriptor).ToArray();
            reports.Add(Task.Run(
                () => SarifWriter.WriteArtifactsFileAsync(
                    JournalReader.Read(journal).Where(r => r.Reviewed).Select(r => new SarifArtifact(r.File, r.Title, IsWord(r.File), r.Findings) { Rules = rules }),
                    sarifPath,
                    cancellationToken: ct),
                ct));
        }

        await Task.WhenAll(reports).ConfigureAwait(false);
    }

    private static bool IsWord(string file) =>
        file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".docm", StringComparison.OrdinalIgnoreCase);
}
