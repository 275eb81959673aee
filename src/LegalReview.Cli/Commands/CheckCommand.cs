using System.CommandLine;
using LegalReview.Cli.Output;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Json;
using LegalReview.Generation.Sarif;
using LegalReview.Review;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview check FILE</c>: reads one draft, prints its outline and findings.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "要审查的文件（.docx 或 .txt）" };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认）、json 或 sarif（SARIF 2.1.0）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var config = new Option<FileInfo?>("--config", "-c") { Description = "配置文件 legalreview.json 的路径（默认在文件所在目录和当前目录查找）" };
        var profile = new Option<string?>("--profile") { Description = "审查配置：national（全国基准）或 fujian（福建）" };
        var noOutline = new Option<bool>("--no-outline") { Description = "文本输出时不打印文件结构" };
        var command = new Command("check", "审查一份规范性文件草案，输出文件结构和发现的问题。\n" + ExitCodes.HelpText)
        {
            file, format, config, profile, noOutline,
        };
        var outputs = new CheckOutputs();
        outputs.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            return await RunAsync(path, parse.GetValue(format)!, parse.GetValue(config)?.FullName, parse.GetValue(profile), !parse.GetValue(noOutline), Console.Out, Console.Error, ct, outputs.Bind(parse)).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(string path, string format, string? configPath, string? profile, bool outline, TextWriter stdout, TextWriter stderr, CancellationToken ct, CheckOutputs? outputs = null)
    {
        ReviewResult result;
        try
        {
            var (options, _) = ConfigLoader.Load(configPath, path);
            if (profile is not null)
            {
                options.Review.Profile = profile;
            }

            var service = ServiceFactory.Create(options);
            result = await service.ReviewFileAsync(path, null, ct).ConfigureAwait(false);
        }
        catch (DocumentReadException ex)
        {
            await stderr.WriteLineAsync($"错误：{ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is ArgumentException or FileNotFoundException or InvalidDataException or FormatException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"错误：{ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (format == "json")
        {
            await stdout.WriteLineAsync(ReviewJsonWriter.ToJson(result)).ConfigureAwait(false);
        }
        else if (format == "sarif")
        {
            using var sarif = new MemoryStream();
            SarifWriter.Write([result], sarif, null, ct);
            await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(sarif.ToArray())).ConfigureAwait(false);
        }
        else
        {
            TextReport.Write(result, stdout, outline);
        }

        if (outputs is not null && await outputs.WriteAsync(path, result, stderr, ct).ConfigureAwait(false) is { } failed)
        {
            return failed;
        }

        if (result.HasRuleFailures && format != "text")
        {
            // The text report lists the failures itself; with JSON or SARIF on stdout they also go to stderr.
            foreach (var failure in result.RuleFailures)
            {
                await stderr.WriteLineAsync($"警告：审查规则运行出错，审查结果可能不完整：{failure}").ConfigureAwait(false);
            }
        }

        return ExitCodes.Of(result);
    }
}
