using LegalReview.Review;
using LegalReview.Tracking;
using LegalReview.Tracking.CrashHost;
using LegalReview.Tracking.PostgreSql;

// The child process of the crash-safety tests: it writes numbered records and prints a line for each commit, so the
// test that kills it with SIGKILL knows which writes were acknowledged. Every run resumes where the store stands.
if (args.Length != 4 || !int.TryParse(args[3], System.Globalization.CultureInfo.InvariantCulture, out var count) || count <= 0)
{
    await Console.Error.WriteLineAsync("usage: LegalReview.Tracking.CrashHost <sqlite|postgres> <path|connection string> <transitions|import> <count>");
    return 2;
}

await using ITrackingStore store = args[0] switch
{
    "sqlite" => new SqliteTrackingStore(args[1]),
    "postgres" => new PostgreSqlTrackingStore(args[1]),
    _ => throw new ArgumentException($"unknown store kind '{args[0]}'"),
};
await store.MigrateAsync();
var writer = new CrashWriter(store, new TrackingWorkflow(store, ReviewProfile.Fujian));
switch (args[2])
{
    case "transitions":
        await writer.AdvanceAllAsync(count, Console.Out);
        break;
    case "import":
        await writer.ImportBatchesAsync(count, Console.Out);
        break;
    default:
        await Console.Error.WriteLineAsync($"unknown mode '{args[2]}'");
        return 2;
}

await Console.Out.WriteLineAsync("done");
return 0;
