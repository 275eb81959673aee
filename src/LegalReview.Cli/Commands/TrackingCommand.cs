using System.CommandLine;
using LegalReview.Tracking;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview tracking import FILE.json | export [--out FILE]</c>: moves all tracking records in the JSON format of docs/tracking-format.md.</summary>
internal static class TrackingCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "要导入的 JSON 文件" };
        var importDb = TrackingCli.DbOption();
        var import = new Command("import", "导入跟踪记录（项目库、送审、文件、备案及审计记录）；任一记录编号已存在时不导入任何记录。") { file, importDb };
        import.SetAction((parse, ct) => ImportAsync(parse.GetValue(file)!.FullName, parse.GetValue(importDb), Console.Out, Console.Error, ct));

        var output = new Option<FileInfo?>("--out", "-o") { Description = "输出文件（默认输出到标准输出）" };
        var exportDb = TrackingCli.DbOption();
        var export = new Command("export", "导出全部跟踪记录及审计记录为 JSON。") { output, exportDb };
        export.SetAction((parse, ct) => ExportAsync(parse.GetValue(output)?.FullName, parse.GetValue(exportDb), Console.Out, Console.Error, ct));

        return new Command("tracking", "跟踪数据的导入与导出。\n" + ExitCodes.HelpText) { import, export };
    }

    internal static Task<int> ImportAsync(string path, string? db, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        TrackingCli.RunAsync(stderr, async () =>
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"找不到导入文件“{path}”。", path);
            }

            var snapshot = TrackingJson.Deserialize(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false));
            await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
            await store.ImportAsync(snapshot, ct).ConfigureAwait(false);
            await stdout.WriteLineAsync($"已导入：项目库条目{snapshot.Projects.Count}件，送审文件{snapshot.ReviewCases.Count}件，规范性文件{snapshot.Documents.Count}件，备案{snapshot.Filings.Count}件，审计记录{snapshot.AuditEvents.Count}条。").ConfigureAwait(false);
            return ExitCodes.Ok;
        });

    internal static Task<int> ExportAsync(string? path, string? db, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        TrackingCli.RunAsync(stderr, async () =>
        {
            await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
            var json = TrackingJson.Serialize(await store.ExportAsync(ct).ConfigureAwait(false));
            if (path is null)
            {
                await stdout.WriteAsync(json).ConfigureAwait(false);
            }
            else
            {
                await File.WriteAllTextAsync(path, json, ct).ConfigureAwait(false);
                await stderr.WriteLineAsync($"已导出到 {path}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
}
