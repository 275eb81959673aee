using System.Globalization;

namespace LegalReview.Tracking.CrashHost;

/// <summary>
/// Writes records with fixed identifiers so that a re-run after a crash finds what is already stored and goes on from
/// there instead of adding it twice.
/// </summary>
/// <param name="store">The store written to.</param>
/// <param name="workflow">The workflow over the same store, for transitions and audit events.</param>
public sealed class CrashWriter(ITrackingStore store, TrackingWorkflow workflow)
{
    /// <summary>Filings per import batch: large enough that a kill often lands inside the import transaction.</summary>
    public const int BatchSize = 100;

    /// <summary>The date every transition is recorded on, so the state machine's date-order check never interferes.</summary>
    public static readonly DateOnly TransitionDate = new(2024, 3, 11);

    private const string Actor = "陈志强";
    private static readonly DateOnly PublishedOn = new(2024, 3, 1);
    private static readonly DateOnly ReceivedOn = new(2024, 3, 5);

    /// <summary>The identifier of the i-th filing of the transitions mode.</summary>
    /// <param name="index">Zero-based index.</param>
    /// <returns>The identifier.</returns>
    public static string FilingId(int index) => "F-" + index.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The identifier of filing <paramref name="index"/> of import batch <paramref name="batch"/>.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="index">The index within the batch.</param>
    /// <returns>The identifier.</returns>
    public static string ImportedId(int batch, int index) => string.Create(CultureInfo.InvariantCulture, $"I-{batch:D3}-{index:D3}");

    /// <summary>
    /// Receives <paramref name="count"/> filings and takes each through 予以登记 and 审查中 to 审查通过, printing
    /// "committed ID VERSION" after every acknowledged write.
    /// </summary>
    /// <param name="count">How many filings.</param>
    /// <param name="output">Where commits are reported.</param>
    /// <returns>A task.</returns>
    public async Task AdvanceAllAsync(int count, TextWriter output)
    {
        for (var i = 0; i < count; i++)
        {
            var id = FilingId(i);
            var filing = await store.GetFilingAsync(id);
            if (filing is null)
            {
                filing = Receive(id, i);
                filing = await store.AddFilingAsync(filing, workflow.Event(TrackingEntityKind.Filing, id, Actor, ReceivedOn, null, TrackingNames.Code(filing.Status), "收到报备材料。"));
                await ReportAsync(output, id, filing.Version);
            }

            while (Next(filing.Status) is { } next)
            {
                filing = await workflow.AdvanceFilingAsync(id, next, Actor, $"转为{TrackingNames.Chinese(next)}。", TransitionDate, expectedVersion: filing.Version);
                await ReportAsync(output, id, filing.Version);
            }
        }
    }

    /// <summary>
    /// Imports <paramref name="batches"/> snapshots of <see cref="BatchSize"/> filings each, skipping the batches already
    /// stored, and prints "committed batch N" after each.
    /// </summary>
    /// <param name="batches">How many batches.</param>
    /// <param name="output">Where commits are reported.</param>
    /// <returns>A task.</returns>
    public async Task ImportBatchesAsync(int batches, TextWriter output)
    {
        for (var b = 0; b < batches; b++)
        {
            // The import is all-or-nothing, so the first filing tells whether the whole batch is stored.
            if (await store.GetFilingAsync(ImportedId(b, 0)) is not null)
            {
                continue;
            }

            var filings = new List<Filing>(BatchSize);
            var events = new List<AuditEvent>(BatchSize);
            for (var i = 0; i < BatchSize; i++)
            {
                var filing = Receive(ImportedId(b, i), i);
                filings.Add(filing);
                events.Add(workflow.Event(TrackingEntityKind.Filing, filing.Id, Actor, ReceivedOn, null, TrackingNames.Code(filing.Status), "导入历史报备记录。"));
            }

            await store.ImportAsync(new TrackingSnapshot { Filings = filings, AuditEvents = events });
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"committed batch {b}"));
            await output.FlushAsync();
        }
    }

    /// <summary>The next state on the straight path to 审查通过, or null at the end.</summary>
    /// <param name="status">The current state.</param>
    /// <returns>The next state.</returns>
    public static FilingStatus? Next(FilingStatus status) => status switch
    {
        FilingStatus.Submitted => FilingStatus.Registered,
        FilingStatus.Registered => FilingStatus.UnderReview,
        FilingStatus.UnderReview => FilingStatus.Approved,
        _ => null,
    };

    private static async Task ReportAsync(TextWriter output, string id, long version)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"committed {id} {version}"));
        await output.FlushAsync();
    }

    private Filing Receive(string id, int index) => workflow.Filings.Receive(
        id,
        index % 2 == 0 ? FilingDirection.FromDepartment : FilingDirection.FromTown,
        string.Create(CultureInfo.InvariantCulture, $"晋教规〔2024〕{index + 1}号"),
        string.Create(CultureInfo.InvariantCulture, $"晋江市教育局关于印发校外培训机构监督管理办法（第{index + 1}批）的通知"),
        index % 2 == 0 ? "晋江市教育局" : "安海镇人民政府",
        "晋江市人民政府",
        PublishedOn,
        ReceivedOn);
}
