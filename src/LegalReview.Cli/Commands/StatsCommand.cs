using System.CommandLine;
using LegalReview.Generation.Statistics;
using LegalReview.Tracking;

namespace LegalReview.Cli.Commands;

/// <summary>
/// <c>legalreview stats --year YYYY [--format text|docx] [--out FILE]</c>: the year's figures as the annual report's
/// paragraph, on the console or as a .docx with the figures table.
/// </summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "统计年度", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认，输出到控制台）、docx（写入 --out 指定的 Word 文件）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "docx");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "docx 格式的输出文件" };
        var db = TrackingCli.DbOption();
        var command = new Command("stats", "按年度统计合法性审核、备案审查和项目库工作量，输出年度报告“二、（一）”段落。\n" + ExitCodes.HelpText) { year, format, output, db };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(year), parse.GetValue(db), parse.GetValue(format)!, parse.GetValue(output)?.FullName, Console.Out, Console.Error, ct));
        return command;
    }

    internal static Task<int> RunAsync(int year, string? db, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        RunAsync(year, db, "text", null, stdout, stderr, ct);

    internal static Task<int> RunAsync(int year, string? db, string format, string? outPath, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        TrackingCli.RunAsync(stderr, async () =>
        {
            if (year is < 1949 or > 9998)
            {
                throw new ArgumentException($"--year 的值 {year} 不是有效年度。");
            }

            if (format == "docx" && string.IsNullOrEmpty(outPath))
            {
                throw new ArgumentException("--format docx 须以 --out 指定输出的 Word 文件。");
            }

            await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
            var statistics = await store.GetAnnualStatisticsAsync(year, ct).ConfigureAwait(false);
            var text = AnnualStatisticsText.Write(statistics);
            if (format == "docx")
            {
                await AnnualStatisticsDocxWriter.WriteFileAsync(AnnualStatisticsText.Report(statistics), outPath!, ct).ConfigureAwait(false);
                await stdout.WriteLineAsync($"已写出 {year} 年度统计：{outPath}").ConfigureAwait(false);
            }
            else
            {
                await stdout.WriteLineAsync(text).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
}
