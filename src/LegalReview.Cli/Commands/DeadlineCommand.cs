using System.CommandLine;
using LegalReview.Calendar;
using LegalReview.Tracking;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview deadline --from DATE --days N [--working-days]</c>: a statutory deadline on the holiday calendar.</summary>
internal static class DeadlineCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "起算日（如公布日），YYYY-MM-DD；当日不计入", Required = true };
        var days = new Option<int>("--days") { Description = "期间天数", Required = true };
        var workingDays = new Option<bool>("--working-days") { Description = "按工作日计算（默认按自然日）" };
        var command = new Command("deadline", "计算期限届满日：起算日不计入，期间最后一日为法定休假日的顺延至休假日后的第一个工作日，调休上班日按工作日计算。第一行输出截止日期，其后为计算过程。\n" + ExitCodes.HelpText)
        {
            from, days, workingDays,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(from)!, parse.GetValue(days), parse.GetValue(workingDays), Console.Out, Console.Error));
        return command;
    }

    internal static Task<int> RunAsync(string from, int days, bool workingDays, TextWriter stdout, TextWriter stderr) =>
        TrackingCli.RunAsync(stderr, async () =>
        {
            if (days < 0)
            {
                throw new ArgumentException("--days 不能为负数。");
            }

            var start = TrackingCli.ParseDate(from, "--from");
            var calculator = new DeadlineCalculator();
            var result = calculator.Calculate(start, workingDays ? DeadlinePeriod.WorkingDays(days) : DeadlinePeriod.Days(days));
            await stdout.WriteLineAsync(TrackingNames.Iso(result.DueOn)).ConfigureAwait(false);
            foreach (var line in result.Reasoning)
            {
                await stdout.WriteLineAsync(line).ConfigureAwait(false);
            }

            foreach (var warning in result.Warnings)
            {
                await stdout.WriteLineAsync($"注意：{warning}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
}
