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

    /// <summary>The 清理 report's reporting body when none is given: the reviewing office, as the report is its work.</summary>
    public const string DefaultReportingBody = "合法性审核机构";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "要审查的文件或目录（递归查找 .docx、.txt、.pdf）", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "输出目录（findings.jsonl、summary.json 等）", Required = true };
        var parallel = new Option<int>("--parallel", "-p") { Description = "并行数（默认为处理器核数）", DefaultValueFactory = _ => Environment.ProcessorCount };
        var resume = new Option<bool>("--resume") { Description = "继续上次中断的批量审查：按内容哈希跳过已记录的文件" };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "配置文件 legalreview.json 的路径" };
        var asOf = new Option<string?>("--as-of") { Description = "判断有效期是否届满的日期（YYYY-MM-DD，默认今天），亦为清理报告的日期" };
        var sarif = new Option<FileInfo?>("--sarif") { Description = "另将全部问题写为 SARIF 2.1.0 文件" };
        var body = new Option<string>("--reporting-body") { Description = "清理报告的报告单位", DefaultValueFactory = _ => DefaultReportingBody };
        var command = new Command("batch", "批量审查（文件清理）：逐份审查目录中的全部文件，输出 JSON Lines 结果、汇总、批量审查报告（batch-report.xlsx）和清理情况报告（cleanup-report.docx）。\n退出码：0 = 全部文件均已读取审查；1 = 有文件无法读取；2 = 用法或配置错误；3 = 有审查规则运行出错（相关文件的审查结果可能不完整，优先于 1）；130 = 被中断（已写出的结果完整，可用 --resume 继续）。")
        {
            paths, output, parallel, resume, config, asOf, sarif, body,
        };
        command.SetAction(async (parse, ct) => await RunAsync(
            parse.GetValue(paths)!, parse.GetValue(output)!.FullName, parse.GetValue(parallel), parse.GetValue(resume),
            parse.GetValue(config)?.FullName, parse.GetValue(asOf), parse.GetValue(sarif)?.FullName, parse.GetValue(body)!, Console.Out, Console.Error, !Console.IsOutputRedirected, ct).ConfigureAwait(false));
        return command;
    }

    internal static async Task<int> RunAsync(string[] paths, string outDir, int parallel, bool resume, string? configPath, string? asOfText, string? sarifPath, string reportingBody, TextWriter stdout, TextWriter stderr, bool interactive, CancellationToken ct)
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

            if (!summary.Interrupted)
            {
                // After the parallel phase, from the journal: a resumed run's reports cover the earlier lines too.
                await BatchReports.WriteAsync(outDir, Scope(paths), reportingBody, asOf, sarifPath, ct).ConfigureAwait(false);
            }

            summary.Elapsed = watch.Elapsed;
            await WriteSummaryAsync(summary, outDir, stdout).ConfigureAwait(false);
            return summary.Interrupted ? Interrupted
                : summary.WithRuleFailures > 0 ? ExitCodes.RuleFailures
                : summary.Failed > 0 ? ExitCodes.Findings
                : ExitCodes.Ok;
        }
    }

    private static string Scope(string[] paths) =>
        $"{string.Join("、", paths.Select(p => $"“{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(p)))}”"))}中的行政规范性文件";

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
            documentsWithRuleFailures = s.WithRuleFailures,
            ruleFailuresByRule = s.RuleFailuresByRule.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, v => v.Value),
            documentsWithRuleFailuresList = s.RuleFailureFiles.Order(StringComparer.Ordinal).ToArray(),
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

        if (s.WithRuleFailures > 0)
        {
            await o.WriteLineAsync($"警告：{s.WithRuleFailures} 份文件审查时有规则运行出错，其审查结果可能不完整（{string.Join("，", s.RuleFailuresByRule.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value} 次"))}），详见 findings.jsonl 中的 failures。").ConfigureAwait(false);
        }

        await o.WriteLineAsync($"有效期已届满：{s.Expired.Count} 份；引用已废止法律法规：{s.CitingRepealed.Count} 份。详见 {Path.Combine(outDir, "summary.json")}{(s.Interrupted ? string.Empty : $"、{Path.Combine(outDir, BatchReports.WorkbookName)}、{Path.Combine(outDir, BatchReports.CleanupName)}")}。").ConfigureAwait(false);
    }
}
