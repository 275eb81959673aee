using System.CommandLine;
using System.Diagnostics;
using LegalReview.Classifier;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview train</c>: trains the provision classifier from labelled JSONL files (and optionally law texts and cases).</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo[]>("--data", "-d") { Description = "训练数据（JSONL：text、category 字段），可重复指定", AllowMultipleArgumentsPerToken = false };
        var laws = new Option<DirectoryInfo?>("--laws-folder") { Description = "法律文本目录（每部法律一个 .md 文件）；法律责任章中设定处罚的条文作为 penalty，总则章条文作为 ok" };
        var cases = new Option<DirectoryInfo?>("--cases") { Description = "案例目录：读取其中所有 .jsonl 文件（text、category 字段）" };
        var output = new Option<FileInfo>("--out", "-o") { Description = "输出的模型文件（.zip）；同名的 .table 评分表写在旁边", Required = true };
        var seed = new Option<int>("--seed") { Description = "随机种子（默认 1）；相同数据和种子得到相同模型", DefaultValueFactory = _ => 1 };
        var realWeight = new Option<int>("--real-weight") { Description = "--cases 中每行真实条款在训练中计几次（默认 1）：真实措辞少于合成措辞时加重", DefaultValueFactory = _ => 1 };
        var dataWeight = new Option<float>("--data-weight") { Description = "--data 中每行在训练中的权重（默认 1）；真实条款（--cases）权重为 1。合成数据作为增广时取小值，例如 0.05", DefaultValueFactory = _ => 1f };
        var split = new Option<string>("--split") { Description = "使用哪些行：train（默认，留出测试集）或 all（全部）", DefaultValueFactory = _ => "train" };
        split.AcceptOnlyFromAmong("train", "all");
        var command = new Command("train", "训练条款分类模型（ML.NET 字符 n 元语法与 SmartCn 分词的词 n 元语法 + 线性最大熵模型）。")
        {
            data, laws, cases, output, seed, split, realWeight, dataWeight,
        };
        command.SetAction(async (parse, ct) => await RunAsync(
            parse.GetValue(data)?.Select(f => f.FullName).ToArray() ?? [],
            parse.GetValue(laws)?.FullName,
            parse.GetValue(cases)?.FullName,
            parse.GetValue(output)!.FullName,
            parse.GetValue(seed),
            parse.GetValue(split) == "train",
            Console.Out,
            Console.Error,
            ct,
            Math.Max(1, parse.GetValue(realWeight)),
            parse.GetValue(dataWeight)).ConfigureAwait(false));
        return command;
    }

    internal static async Task<int> RunAsync(IReadOnlyList<string> dataFiles, string? lawsFolder, string? casesFolder, string output, int seed, bool holdOutTest, TextWriter stdout, TextWriter stderr, CancellationToken ct, int realWeight = 1, float dataWeight = 1f)
    {
        var rows = new List<LabelledProvision>();
        try
        {
            var corpus = new List<LabelledProvision>();
            foreach (var file in dataFiles)
            {
                corpus.AddRange(await CorpusFile.ReadAsync(file, "category", ct).ConfigureAwait(false));
            }

            // Only the corpus files are split: law texts and cases are extra training material, never test rows.
            var test = holdOutTest ? CorpusSplit.AssignTest(corpus) : new bool[corpus.Count];
            if (dataWeight is not (> 0 and <= 100))
            {
                await stderr.WriteLineAsync("错误：--data-weight 须大于 0、不大于 100。").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            rows.AddRange(corpus.Where((_, i) => !test[i]).Select(r => r with { Weight = dataWeight }));
            if (lawsFolder is not null)
            {
                rows.AddRange(await LawCorpus.ReadFolderAsync(lawsFolder, ct).ConfigureAwait(false));
            }

            if (casesFolder is not null)
            {
                foreach (var file in Directory.EnumerateFiles(casesFolder, "*.jsonl").Order(StringComparer.Ordinal))
                {
                    var real = await CorpusFile.ReadAsync(file, "category", ct).ConfigureAwait(false);
                    for (var copy = 0; copy < realWeight; copy++)
                    {
                        rows.AddRange(real);
                    }
                }
            }

            if (rows.Count == 0)
            {
                await stderr.WriteLineAsync("错误：没有训练数据。请用 --data、--laws-folder 或 --cases 指定。").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var watch = Stopwatch.StartNew();
            var model = ClassifierTrainer.Train(rows, new ClassifierTrainingOptions { Seed = seed });
            Directory.CreateDirectory(Path.GetDirectoryName(output) ?? ".");
            model.Save(output);
            var table = Path.ChangeExtension(output, ".table");
            await using (var file = File.Create(table))
            {
                model.WriteScoringTable(file);
            }

            await stdout.WriteLineAsync($"已训练模型：{output}，评分表：{table}（{model.RowCount} 行，种子 {seed}，用时 {watch.Elapsed.TotalSeconds:F1} 秒；留出测试集 {test.Count(t => t)} 行；--data 行权重 {dataWeight:0.###}）").ConfigureAwait(false);
            foreach (var group in rows.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                await stdout.WriteLineAsync($"  {group.Key}: {group.Count()}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"错误：{ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
    }
}
