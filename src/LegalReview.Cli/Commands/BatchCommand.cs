using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalReview.Cli.Batch;
using LegalReview.Documents.Reading;
using LegalReview.Knowledge;
using LegalReview.Review;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview batch PATH... --out DIR</c>: the routine cleanup (清理) of a whole archive.</summary>
internal static class BatchCommand
{
    public const int Interrupted = 130;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "要审查的文件或目录（递归查找 .docx、.txt、.pdf）", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "输出目录（findings.jsonl、summary.json 等）", Required = true };
        var parallel = new Option<int>("--parallel", "-p") { Description = "并行数（默认为处理器核数）", DefaultValueFactory = _ => Environment.ProcessorCount };
        var resume = new Option<bool>("--resume") { Description = "继续上次中断的批量审查：按内容哈希跳过已记录的文件" };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "配置文件 legalreview.json 的路径" };
        var asOf = new Option<string?>("--as-of") { Description = "判断有效期是否届满的日期（YYYY-MM-DD，默认今天）" };
        var command = new Command("batch", "批量审查（文件清理）：逐份审查目录中的全部文件，输出 JSON Lines 结果和汇总。\n退出码：0 = 全部文件均已读取审查；1 = 有文件无法读取；2 = 用法或配置错误；130 = 被中断（已写出的结果完整，可用 --resume 继续）。")
        {
            paths, output, parallel, resume, config, asOf,
        };
        command.SetAction(async (parse, ct) => await RunAsync(
            parse.GetValue(paths)!, parse.GetValue(output)!.FullName, parse.GetValue(parallel), parse.GetValue(resume),
            parse.GetValue(config)?.FullName, parse.GetValue(asOf), Console.Out, Console.Error, !Console.IsOutputRedirected, ct).ConfigureAwait(false));
        return command;
    }

    internal static async Task<int> RunAsync(string[] paths, string outDir, int parallel, bool resume, string? configPath, string? asOfText, TextWriter stdout, TextWriter stderr, bool interactive, CancellationToken ct)
    {
        IReadOnlyList<string> files;
        ServiceProvider provider;
        DateOnly asOf;
        try
        {
            asOf = asOfText is null ? DateOnly.FromDateTime(DateTime.Today) : DateOnly.ParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            files = BatchRunner.Enumerate(paths);
            var (options, _) = ConfigLoader.Load(configPath, null);
            provider = ServiceFactory.Build(options);
            _ = provider.GetRequiredService<ReviewEngine>();
        }
        catch (Exception ex) when (ex is ArgumentException or FileNotFoundException or FormatException or InvalidDataException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"错误：{ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        using (provider)
        {
            var root = CommonRoot(paths);
            var summary = new BatchSummary();
            var watch = Stopwatch.StartNew();
            using (var journal = BatchJournal.Open(outDir, resume))
            {
                var runner = new BatchRunner(provider.GetRequiredService<DocumentReader>(), provider.GetRequiredService<ReviewEngine>(), provider.GetRequiredService<KnowledgeBase>());
                using (new ProgressReporter(summary, stderr, interactive) { })
                {
                    await runner.RunAsync(files, root, journal, summary, parallel, asOf, ct).ConfigureAwait(false);
                }
            }

            summary.Elapsed = watch.Elapsed;
            await WriteSummaryAsync(summary, outDir, stdout).ConfigureAwait(false);
            return summary.Interrupted ? Interrupted : summary.Failed > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }
    }

    private static string CommonRoot(string[] paths)
    {
        var full = paths.Select(p => Path.GetFullPath(Directory.Exists(p) ? p : Path.GetDirectoryName(Path.GetFullPath(p))!)).ToArray();
        var root = full[0];
        while (!full.All(p => p.StartsWith(root, StringComparison.Ordinal)))
        {
            root = Path.GetDirectoryName(root) ?? "/";
        }

        return root;
    }

    private static async Task WriteSummaryAsync(BatchSummary s, string outDir, TextWriter o)
    {
        var data = new
        {
            documents = s.Total,
            reviewed = s.Reviewed,
            failed = s.Failed,
            skippedAsAlreadyReviewed = s.Skipped,
            interrupted = s.Interrupted,
            seconds = Math.Round(s.Elapsed.TotalSeconds, 2),
            findingsBySeverity = s.FindingsBySeverity.ToDictionary(k => k.Key.ToString().ToLowerInvariant(), v => v.Value),
            findingsByCategory = s.FindingsByCategory.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, v => v.Value),
            failuresByReason = s.FailuresByReason.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, v => v.Value),
            validityEnded = s.Expired.Order(StringComparer.Ordinal).ToArray(),
            citingRepealedLaws = s.CitingRepealed.Order(StringComparer.Ordinal).ToArray(),
        };
        await File.WriteAllTextAsync(Path.Combine(outDir, "summary.json"), JsonSerializer.Serialize(data, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })).ConfigureAwait(false);
        await o.WriteLineAsync($"批量审查{(s.Interrupted ? "已中断" : "完成")}：共 {s.Total} 份，审查 {s.Reviewed} 份，无法读取 {s.Failed} 份，跳过（此前已审查）{s.Skipped} 份，用时 {s.Elapsed.TotalSeconds:F1} 秒。").ConfigureAwait(false);
        await o.WriteLineAsync($"问题：错误 {s.FindingsBySeverity.GetValueOrDefault(FindingSeverity.Error)}，警告 {s.FindingsBySeverity.GetValueOrDefault(FindingSeverity.Warning)}，提示 {s.FindingsBySeverity.GetValueOrDefault(FindingSeverity.Info)}。").ConfigureAwait(false);
        foreach (var (category, n) in s.FindingsByCategory.OrderByDescending(k => k.Value))
        {
            await o.WriteLineAsync($"  {category}：{n}").ConfigureAwait(false);
        }

        foreach (var (reason, n) in s.FailuresByReason)
        {
            await o.WriteLineAsync($"  无法读取（{DocumentReadException.Describe(Enum.Parse<DocumentReadError>(reason))}）：{n} 份").ConfigureAwait(false);
        }

        await o.WriteLineAsync($"有效期已届满：{s.Expired.Count} 份；引用已废止法律法规：{s.CitingRepealed.Count} 份。详见 {Path.Combine(outDir, "summary.json")}。").ConfigureAwait(false);
    }
}
