using System.CommandLine;
using LegalReview.Generation.Statistics;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview stats --year YYYY [--format text]</c>: the year's figures as the annual report's paragraph.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "统计年度", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text");
        var db = TrackingCli.DbOption();
        var command = new Command("stats", "按年度统计合法性审核、备案审查和项目库工作量，输出年度报告“二、（一）”段落。\n" + ExitCodes.HelpText) { year, format, db };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(year), parse.GetValue(db), Console.Out, Console.Error, ct));
        return command;
    }

    internal static Task<int> RunAsync(int year, string? db, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        TrackingCli.RunAsync(stderr, async () =>
        {
            if (year is < 1949 or > 9998)
            {
                throw new ArgumentException($"--year 的值 {year} 不是有效年度。");
            }

            await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
            var statistics = await store.GetAnnualStatisticsAsync(year, ct).ConfigureAwait(false);
            await stdout.WriteLineAsync(AnnualStatisticsText.Write(statistics)).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
}
