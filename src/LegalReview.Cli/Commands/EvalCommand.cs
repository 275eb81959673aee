using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using LegalReview.Classifier;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Cli.Commands;

/// <summary>
/// <c>legalreview eval</c>: reviews labelled provisions one by one (each as the only article of a minimal county
/// document) and reports, per label, how many the rules and the classifier flag with that category.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo[]>("--data", "-d") { Description = "带标签的条款（JSONL，含 text 字段和标签字段），可重复指定", Required = true };
        var labelField = new Option<string>("--label-field") { Description = "标签字段名（默认 category）", DefaultValueFactory = _ => "category" };
        var only = new Option<string?>("--only") { Description = "只评估 rules（规则）或 classifier（分类器）；默认两者一起" };
        only.AcceptOnlyFromAmong("rules", "classifier");
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认）或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var split = new Option<string>("--split") { Description = "评估哪些行：all（默认）、train 或 test（按 seeds/training/README.md 的固定划分）", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("all", "train", "test");
        var model = new Option<FileInfo?>("--model") { Description = "分类模型文件（.zip 或 .table）；默认使用内嵌模型" };
        var folds = new Option<int>("--folds") { Description = "按来源分组的 k 折评估（仅分类器）：每折用其余各折的真实条款加 --augment 的数据训练，只在留出折上计算；0（默认）为不分折", DefaultValueFactory = _ => 0 };
        var augment = new Option<FileInfo[]>("--augment") { Description = "分组评估时加入每折训练集、从不用于测试的数据（如 seeds/training/ 的合成条款），可重复指定" };
        var realWeight = new Option<int>("--real-weight") { Description = "分组评估时每行真实训练条款计几次（默认 1），与 train --real-weight 相同", DefaultValueFactory = _ => 1 };
        var augmentWeight = new Option<float>("--augment-weight") { Description = "分组评估时 --augment 每行在训练中的权重（默认 1；真实条款为 1），与 train --data-weight 相同", DefaultValueFactory = _ => 1f };
        var noWords = new Option<bool>("--no-word-features") { Description = "分组评估时训练只读字符 n 元语法的模型（不分词），用于与默认的字+词模型比较" };
        var wordGate = new Option<double>("--word-gate") { Description = $"分组评估时分类器的分词门槛（默认 {ProvisionClassifierOptions.DefaultWordGate}，与审查相同）：仅字特征的门控模型判为有问题的概率达到它的条款才分词", DefaultValueFactory = _ => ProvisionClassifierOptions.DefaultWordGate };
        var threshold = new Option<double>("--threshold") { Description = "分组评估时各标签的报告阈值（默认 0.7，与审查默认值相同）", DefaultValueFactory = _ => 0.7 };
        var rowsOut = new Option<FileInfo?>("--rows") { Description = "分组评估时把每行真实条款的留出结果（分类器判断、规则类别、近邻投票、最相近案例、全流程是否报告）写入此 JSONL 文件，供逐条阅读漏报和误报" };
        var command = new Command("eval", "用带标签的条款评估审查规则和分类器：各类别的召回率、精确率，以及合规条款的误报率。")
        {
            data, labelField, only, format, split, model, folds, augment, threshold, realWeight, augmentWeight, noWords, wordGate, rowsOut,
        };
        command.SetAction(async (parse, ct) => parse.GetValue(folds) > 0
            ? await RunGroupedAsync(
                parse.GetValue(data)!.Select(f => f.FullName).ToArray(),
                (parse.GetValue(augment) ?? []).Select(f => f.FullName).ToArray(),
                parse.GetValue(labelField)!,
                parse.GetValue(folds),
                parse.GetValue(threshold),
                parse.GetValue(format)!,
                Console.Out,
                Console.Error,
                ct,
                Math.Max(1, parse.GetValue(realWeight)),
                parse.GetValue(augmentWeight),
                !parse.GetValue(noWords),
                parse.GetValue(wordGate),
                parse.GetValue(rowsOut)?.FullName).ConfigureAwait(false)
            : await RunAsync(
            parse.GetValue(data)!.Select(f => f.FullName).ToArray(),
            parse.GetValue(labelField)!,
            parse.GetValue(only),
            parse.GetValue(format)!,
            parse.GetValue(split)!,
            parse.GetValue(model)?.FullName,
            Console.Out,
            Console.Error,
            ct).ConfigureAwait(false));
        return command;
    }

    internal static async Task<int> RunAsync(IReadOnlyList<string> dataFiles, string labelField, string? only, string format, string split, string? modelPath, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        List<LabelledProvision> rows = [];
        try
        {
            foreach (var file in dataFiles)
            {
                rows.AddRange(await CorpusFile.ReadAsync(file, labelField, ct).ConfigureAwait(false));
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"错误：{ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (split != "all")
        {
            var test = CorpusSplit.AssignTest(rows);
            rows = rows.Where((_, i) => test[i] == (split == "test")).ToList();
        }

        if (rows.Count == 0)
        {
            await stderr.WriteLineAsync("错误：没有可评估的行。").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var classifier = only == "rules" ? null
            : modelPath is null ? new ProvisionClassifier() : new ProvisionClassifier(new ProvisionClassifierOptions { ModelPath = modelPath });
        PipelineEvaluation pipeline;
        ClassifierMetrics? metrics = null;
        try
        {
            // Load the model here: inside the engine a failing classifier is logged and skipped, which would turn a
            // missing model into figures of zero.
            _ = classifier?.Labels;
            var rules = only == "classifier" ? [] : BuiltInRules.All;
            var review = new LegalReviewService(new DocumentReader(), new ReviewEngine(rules, new ReviewOptions(), classifier: classifier));
            pipeline = await ProvisionEvaluator.EvaluatePipelineAsync(rows, review, ct).ConfigureAwait(false);
            if (only == "classifier")
            {
                metrics = ProvisionEvaluator.EvaluateClassifier(rows, classifier!);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or FormatException)
        {
            await stderr.WriteLineAsync($"错误：无法加载分类模型：{ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        await stdout.WriteLineAsync(format == "json" ? ToJson(pipeline, metrics) : ToText(pipeline, metrics, rows.Count, only)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>The origin of the rows drawn from the central documents: the negatives whose flag rate is a target.</summary>
    internal const string CentralDocuments = "state-council-documents";

    internal static async Task<int> RunGroupedAsync(IReadOnlyList<string> dataFiles, IReadOnlyList<string> augmentFiles, string labelField, int folds, double threshold, string format, TextWriter stdout, TextWriter stderr, CancellationToken ct, int realWeight = 1, float augmentWeight = 1f, bool wordFeatures = true, double wordGate = ProvisionClassifierOptions.DefaultWordGate, string? rowsPath = null)
    {
        List<LabelledProvision> real = [];
        List<LabelledProvision> augmentation = [];
        try
        {
            foreach (var file in dataFiles)
            {
                real.AddRange(await CorpusFile.ReadAsync(file, labelField, ct).ConfigureAwait(false));
            }

            foreach (var file in augmentFiles)
            {
                augmentation.AddRange(await CorpusFile.ReadAsync(file, labelField, ct).ConfigureAwait(false));
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"错误：{ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (folds < 2 || real.Select(r => r.GroupKey).Distinct(StringComparer.Ordinal).Count() < folds)
        {
            await stderr.WriteLineAsync("错误：分组评估至少需要 2 折，且来源数不少于折数。").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (augmentWeight is not (> 0 and <= 100))
        {
            await stderr.WriteLineAsync("错误：--augment-weight 须大于 0、不大于 100。").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var evaluation = GroupedEvaluation.Run(real, augmentation, folds, new ClassifierTrainingOptions { WordFeatures = wordFeatures }, realWeight: realWeight, cancellationToken: ct, augmentationWeight: augmentWeight, wordGate: wordGate);
        evaluation.FindNearestCases(new LegalReview.Classifier.Cases.CaseIndex(LegalReview.Classifier.Cases.CaseBank.Cases));

        // The full pipeline: the built-in rules (not trained, so nothing to hold out) beside the held-out classifier.
        var rules = new LegalReviewService(new DocumentReader(), new ReviewEngine(BuiltInRules.All, new ReviewOptions()));
        var ruleCategories = await ProvisionEvaluator.FindingCategoriesAsync(real, rules, ct).ConfigureAwait(false);
        await stdout.WriteLineAsync(format == "json" ? GroupedToJson(evaluation, threshold, ruleCategories) : GroupedToText(evaluation, threshold, augmentation.Count, ruleCategories)).ConfigureAwait(false);
        if (rowsPath is not null)
        {
            try
            {
                await WriteRowsAsync(rowsPath, evaluation, threshold, ruleCategories, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"错误：无法写入 {rowsPath}：{ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// Writes one JSON line per real row: its label and source, the held-out classifier's verdict, the rules'
    /// categories, the neighbours' vote and the nearest case (its own source left out), and the categories the full pipeline
    /// reports it as (rules, classifier at <paramref name="threshold"/>, vote at its default) — the rows to read one by one.
    /// </summary>
    private static async Task WriteRowsAsync(string path, GroupedEvaluation evaluation, double threshold, IReadOnlyList<HashSet<string>> ruleCategories, CancellationToken ct)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        var voteThreshold = new ClassifierOptions().NearestCaseVoteThreshold;
        await using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        for (var i = 0; i < evaluation.Rows.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var row = evaluation.Rows[i];
            var prediction = evaluation.Predictions[i];
            var nearest = evaluation.NearestCases.Count > i ? evaluation.NearestCases[i] : null;
            var reported = evaluation.Reported(i, _ => threshold);
            var voted = evaluation.Voted(i, voteThreshold);
            var line = new JsonObject
            {
                ["fold"] = evaluation.Folds[i],
                ["origin"] = row.Origin,
                ["group"] = row.GroupKey,
                ["source"] = row.Source,
                ["category"] = row.Category,
                ["type"] = row.Type,
                ["text"] = row.Text,
                ["classifier"] = new JsonObject
                {
                    ["label"] = prediction.Label,
                    ["probability"] = Round(prediction.Probability),
                    ["reported"] = reported,
                    ["keyTerms"] = new JsonArray(prediction.KeyTerms.Select(t => (JsonNode?)t).ToArray()),
                },
                ["rules"] = new JsonArray(ruleCategories[i].Order(StringComparer.Ordinal).Select(c => (JsonNode?)c).ToArray()),
                ["vote"] = voted,
                ["nearestCase"] = nearest is null ? null : new JsonObject
                {
                    ["title"] = nearest.Title,
                    ["bulletin"] = nearest.Bulletin,
                    ["type"] = nearest.ViolationType,
                    ["similarity"] = Round(nearest.Similarity),
                },
                ["pipeline"] = new JsonArray(ruleCategories[i].Append(reported).Append(voted).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(c => (JsonNode?)c).ToArray()),
            };
            await writer.WriteLineAsync(line.ToJsonString(options).AsMemory(), ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The competition figures of the full pipeline: a row counts as flagged when a rule reports a competition finding
    /// in it or the held-out classifier's verdict is competition at the threshold.
    /// </summary>
    private static (int Rows, int Hits, int Flagged, double CentralFlagRate) Pipeline(GroupedEvaluation evaluation, double threshold, IReadOnlyList<HashSet<string>> ruleCategories, Func<LabelledProvision, bool>? filter = null, double voteThreshold = double.PositiveInfinity)
    {
        const string competition = "competition";
        var chosen = Enumerable.Range(0, evaluation.Rows.Count).Where(i => filter is null || filter(evaluation.Rows[i])).ToArray();
        bool Flagged(int i) => Reports(evaluation, i, competition, threshold, ruleCategories)
            || (voteThreshold <= 1 && evaluation.Voted(i, voteThreshold) == competition);
        var central = chosen.Where(i => evaluation.Rows[i].Origin == CentralDocuments).ToArray();
        return (chosen.Count(i => evaluation.Rows[i].Category == competition),
            chosen.Count(i => evaluation.Rows[i].Category == competition && Flagged(i)),
            chosen.Count(Flagged),
            Share(central.Count(Flagged), central.Length));
    }

    /// <summary>
    /// The full pipeline's competition figures on the rows of one rule split (<c>dev</c>: the rules were written with
    /// them at hand; <c>held-out</c>: never read while writing rules), with the false flags over every row that is not
    /// a competition row (the negatives are shared by both splits, so a split's precision is hits / (hits + all false flags)).
    /// </summary>
    private static (int Rows, int Hits, int FalseFlags) PipelineOnSplit(GroupedEvaluation evaluation, double threshold, IReadOnlyList<HashSet<string>> ruleCategories, string split)
    {
        const string competition = "competition";
        bool Flagged(int i) => Reports(evaluation, i, competition, threshold, ruleCategories);
        var rows = 0;
        var hits = 0;
        var falseFlags = 0;
        for (var i = 0; i < evaluation.Rows.Count; i++)
        {
            var row = evaluation.Rows[i];
            if (row.Category != competition)
            {
                falseFlags += Flagged(i) ? 1 : 0;
            }
            else if (row.RuleSplit == split)
            {
                rows++;
                hits += Flagged(i) ? 1 : 0;
            }
        }

        return (rows, hits, falseFlags);
    }

    /// <summary>
    /// For each problem label other than competition present in the rows: how many of its rows the full pipeline
    /// reports in that label's own category (a rule of the category, or the classifier's verdict at the threshold).
    /// </summary>
    private static IReadOnlyList<(string Label, int Rows, int Hits)> OtherLabelsInOwnCategory(GroupedEvaluation evaluation, double threshold, IReadOnlyList<HashSet<string>> ruleCategories) =>
        evaluation.Rows.Select(r => r.Category).Where(c => c is not ("competition" or ClassifierLabels.Ok)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(label =>
            {
                var rows = Enumerable.Range(0, evaluation.Rows.Count).Where(i => evaluation.Rows[i].Category == label).ToArray();
                return (label, rows.Length, rows.Count(i => Reports(evaluation, i, label, threshold, ruleCategories)));
            }).ToArray();

    /// <summary>Whether the full pipeline reports a row with a label: a rule of that category, or the held-out classifier's verdict at the threshold.</summary>
    private static bool Reports(GroupedEvaluation evaluation, int row, string label, double threshold, IReadOnlyList<HashSet<string>> ruleCategories) =>
        ruleCategories[row].Contains(label) || evaluation.Reported(row, _ => threshold) == label;

    private static string GroupedToText(GroupedEvaluation evaluation, double threshold, int augmentationRows, IReadOnlyList<HashSet<string>> ruleCategories)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        var sources = evaluation.Rows.Select(r => r.GroupKey).Distinct(StringComparer.Ordinal).Count();
        w.WriteLine($"按来源分组的 {evaluation.FoldCount} 折评估（仅分类器）：{evaluation.Rows.Count} 行真实条款，{sources} 个来源；每折另加 {augmentationRows} 行增广数据训练（不参与测试）；真实条款权重 {evaluation.RealWeight}，增广数据权重 {evaluation.AugmentationWeight:0.###}；{(evaluation.WordFeatures ? "字与词特征" : "仅字特征")}；阈值 {threshold:0.0##}");
        w.WriteLine($"{"类别",-12}{"行数",6}{"报告为该类",10}{"命中",6}{"任意命中",8}{"召回率",8}{"精确率",8}");
        foreach (var f in evaluation.Figures(_ => threshold))
        {
            w.WriteLine($"{f.Label,-14}{f.Rows,6}{f.Flagged,14}{f.Hits,8}{f.FlaggedAny,12}{f.Recall,10:0.000}{f.Precision,10:0.000}");
        }

        w.WriteLine("按数据来源（召回率 = 本类命中 / 行数；ok 行为任意报告率）：");
        foreach (var origin in evaluation.Rows.Select(r => r.Origin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var figures = evaluation.Figures(_ => threshold, r => r.Origin == origin);
            foreach (var f in figures.Where(f => f.Rows > 0))
            {
                var value = f.Label == ClassifierLabels.Ok ? (double)f.FlaggedAny / f.Rows : f.Recall;
                w.WriteLine($"  {(origin.Length == 0 ? "（未标来源）" : origin),-28}{f.Label,-12}{f.Rows,6}{value,10:0.000}");
            }
        }

        w.WriteLine($"中央文件条款被报告的比例：{evaluation.FlagRate(_ => threshold, r => r.Origin == CentralDocuments):0.000}");
        w.WriteLine("competition 阈值扫描（留出折）：阈值 召回率 精确率 中央文件条款报告率");
        foreach (var p in evaluation.Sweep("competition", r => r.Origin == CentralDocuments))
        {
            w.WriteLine($"  {p.Threshold:0.000} {p.Recall:0.000} {p.Precision:0.000} {p.NegativeFlagRate:0.000}");
        }

        var nested = evaluation.NestedThreshold("competition", 0.9);
        w.WriteLine($"阈值不在本折上选（每折用其余各折选精确率 ≥ 0.9 的最低阈值：{string.Join("、", nested.Thresholds.Select(t => t.ToString("0.000", CultureInfo.InvariantCulture)))}）：competition 召回率 {nested.Recall:0.000}（{nested.Hits}/{nested.Rows}），精确率 {nested.Precision:0.000}（{nested.Hits}/{nested.Flagged}）");
        var all = Pipeline(evaluation, threshold, ruleCategories);
        var rulesOnly = Enumerable.Range(0, evaluation.Rows.Count).Count(i => evaluation.Rows[i].Category == "competition" && ruleCategories[i].Contains("competition"));
        w.WriteLine($"全流程（内置规则 + 留出折分类器）competition：召回率 {Share(all.Hits, all.Rows):0.000}（{all.Hits}/{all.Rows}；规则单独 {rulesOnly}）；精确率 {Share(all.Hits, all.Flagged):0.000}（{all.Hits}/{all.Flagged}）；中央文件条款报告率 {all.CentralFlagRate:0.000}");
        foreach (var origin in evaluation.Rows.Where(r => r.Category == "competition").Select(r => r.Origin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var o = Pipeline(evaluation, threshold, ruleCategories, r => r.Origin == origin);
            w.WriteLine($"  {(origin.Length == 0 ? "（未标来源）" : origin),-28}召回率 {Share(o.Hits, o.Rows):0.000}（{o.Hits}/{o.Rows}）");
        }

        foreach (var split in new[] { "dev", "held-out" })
        {
            var (splitRows, hits, falseFlags) = PipelineOnSplit(evaluation, threshold, ruleCategories, split);
            if (splitRows > 0)
            {
                w.WriteLine($"  规则{(split == "dev" ? "编写时参考过的行（dev）" : "从未参考过的行（held-out）"),-20}召回率 {Share(hits, splitRows):0.000}（{hits}/{splitRows}）；精确率 {Share(hits, hits + falseFlags):0.000}（{hits}/{hits + falseFlags}，误报为全部非 competition 行中的 {falseFlags} 行）");
            }
        }

        var others = OtherLabelsInOwnCategory(evaluation, threshold, ruleCategories);
        if (others.Count > 0)
        {
            w.WriteLine($"全流程把其他问题行报告为本类（规则或分类器）：{string.Join("，", others.Select(o => $"{o.Label} {o.Hits}/{o.Rows}"))}");
        }

        w.WriteLine("全流程随分类器阈值（留出折）：阈值 召回率 精确率 中央文件条款报告率；规则未参考过的行：召回率 精确率");
        for (var step = 0; step <= 8; step++)
        {
            var t = 0.5 + (step * 0.025);
            var p = Pipeline(evaluation, t, ruleCategories);
            var (splitRows, hits, falseFlags) = PipelineOnSplit(evaluation, t, ruleCategories, "held-out");
            w.WriteLine($"  {t:0.000} {Share(p.Hits, p.Rows):0.000} {Share(p.Hits, p.Flagged):0.000} {p.CentralFlagRate:0.000}；{Share(hits, splitRows):0.000} {Share(hits, hits + falseFlags):0.000}");
        }

        w.WriteLine("全流程加近邻投票（规则、分类器或投票）：投票阈值 召回率 精确率 中央文件条款报告率");
        for (var step = 10; step <= 20; step++)
        {
            var withVote = Pipeline(evaluation, threshold, ruleCategories, voteThreshold: step * 0.05);
            w.WriteLine($"  {step * 0.05:0.00} {Share(withVote.Hits, withVote.Rows):0.000} {Share(withVote.Hits, withVote.Flagged):0.000} {withVote.CentralFlagRate:0.000}");
        }

        var competition = "competition";
        var (rows, same) = evaluation.NearestTypeAgreement(competition, i => evaluation.Reported(i, _ => threshold) == competition);
        var (allRows, allSame) = evaluation.NearestTypeAgreement(competition, _ => true);
        w.WriteLine($"最相近案例（留出本来源）与本行违法类型相同：分类器检出的 competition 行 {same}/{rows}（{Share(same, rows):0.000}）；全部 competition 行 {allSame}/{allRows}（{Share(allSame, allRows):0.000}）");
        w.WriteLine("近邻投票信号（留出本来源）：阈值 投票召回率 投票中央文件报告率 分类器或投票召回率 分类器或投票中央文件报告率");
        for (var step = 10; step <= 20; step++)
        {
            var t = step * 0.05;
            var central = Enumerable.Range(0, evaluation.Rows.Count).Where(i => evaluation.Rows[i].Origin == CentralDocuments).ToArray();
            var positives = Enumerable.Range(0, evaluation.Rows.Count).Where(i => evaluation.Rows[i].Category == competition).ToArray();
            bool Vote(int i) => evaluation.Voted(i, t) == competition;
            bool Either(int i) => Vote(i) || evaluation.Reported(i, _ => threshold) == competition;
            bool AnyEither(int i) => evaluation.Voted(i, t) is not null || evaluation.Reported(i, _ => threshold) is not null;
            w.WriteLine($"  {t:0.00} {Share(positives.Count(Vote), positives.Length):0.000} {Share(central.Count(i => evaluation.Voted(i, t) is not null), central.Length):0.000} {Share(positives.Count(Either), positives.Length):0.000} {Share(central.Count(AnyEither), central.Length):0.000}");
        }

        return w.ToString().TrimEnd();
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string GroupedToJson(GroupedEvaluation evaluation, double threshold, IReadOnlyList<HashSet<string>> ruleCategories)
    {
        var pipeline = Pipeline(evaluation, threshold, ruleCategories);
        var labels = new JsonObject();
        foreach (var f in evaluation.Figures(_ => threshold))
        {
            labels[f.Label] = new JsonObject
            {
                ["rows"] = f.Rows,
                ["flagged"] = f.Flagged,
                ["hits"] = f.Hits,
                ["flaggedAny"] = f.FlaggedAny,
                ["recall"] = Round(f.Recall),
                ["precision"] = Round(f.Precision),
            };
        }

        var sweep = new JsonArray();
        foreach (var p in evaluation.Sweep("competition", r => r.Origin == CentralDocuments))
        {
            sweep.Add(new JsonObject { ["threshold"] = Round(p.Threshold), ["recall"] = Round(p.Recall), ["precision"] = Round(p.Precision), ["centralFlagRate"] = Round(p.NegativeFlagRate) });
        }

        var root = new JsonObject
        {
            ["folds"] = evaluation.FoldCount,
            ["rows"] = evaluation.Rows.Count,
            ["threshold"] = threshold,
            ["labels"] = labels,
            ["centralFlagRate"] = Round(evaluation.FlagRate(_ => threshold, r => r.Origin == CentralDocuments)),
            ["competitionSweep"] = sweep,
            ["competitionNestedThreshold"] = NestedJson(evaluation.NestedThreshold("competition", 0.9)),
            ["pipelineCompetition"] = new JsonObject
            {
                ["rows"] = pipeline.Rows,
                ["hits"] = pipeline.Hits,
                ["flagged"] = pipeline.Flagged,
                ["recall"] = Round(Share(pipeline.Hits, pipeline.Rows)),
                ["precision"] = Round(Share(pipeline.Hits, pipeline.Flagged)),
                ["centralFlagRate"] = Round(pipeline.CentralFlagRate),
                ["otherLabelsInOwnCategory"] = new JsonObject(OtherLabelsInOwnCategory(evaluation, threshold, ruleCategories)
                    .Select(o => KeyValuePair.Create(o.Label, (JsonNode?)new JsonObject { ["rows"] = o.Rows, ["hits"] = o.Hits }))),
                ["ruleSplits"] = new JsonObject(new[] { "dev", "held-out" }.Select(split =>
                {
                    var (rows, hits, falseFlags) = PipelineOnSplit(evaluation, threshold, ruleCategories, split);
                    return KeyValuePair.Create(split, (JsonNode?)new JsonObject
                    {
                        ["rows"] = rows,
                        ["hits"] = hits,
                        ["falseFlags"] = falseFlags,
                        ["recall"] = Round(Share(hits, rows)),
                        ["precision"] = Round(Share(hits, hits + falseFlags)),
                    });
                })),
            },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
    }

    private static JsonObject NestedJson(NestedThresholdFigures nested) => new()
    {
        ["thresholds"] = new JsonArray(nested.Thresholds.Select(t => (JsonNode)Round(t)).ToArray()),
        ["rows"] = nested.Rows,
        ["hits"] = nested.Hits,
        ["flagged"] = nested.Flagged,
        ["recall"] = Round(nested.Recall),
        ["precision"] = Round(nested.Precision),
    };

    internal static string ToJson(PipelineEvaluation pipeline, ClassifierMetrics? metrics)
    {
        var labels = new JsonObject();
        foreach (var l in pipeline.Labels)
        {
            var node = new JsonObject
            {
                ["rows"] = l.Rows,
                ["flaggedSameCategory"] = l.FlaggedSameCategory,
                ["flaggedAny"] = l.FlaggedAny,
                ["recall"] = Round(l.Recall),
                ["precision"] = Round(l.Precision),
            };
            if (metrics?.PerLabel.FirstOrDefault(m => m.Label == l.Label) is { } m)
            {
                node["f1"] = Round(m.F1);
                node["classifierPrecision"] = Round(m.Precision);
                node["classifierRecall"] = Round(m.Recall);
            }

            labels[l.Label] = node;
        }

        var root = new JsonObject { ["labels"] = labels, ["okFlagRate"] = Round(pipeline.OkFlagRate) };
        if (metrics is not null)
        {
            root["macroF1"] = Round(metrics.MacroF1);
            root["accuracy"] = Round(metrics.Accuracy);
            var matrix = new JsonArray();
            for (var i = 0; i < metrics.Labels.Count; i++)
            {
                var row = new JsonArray();
                for (var j = 0; j < metrics.Labels.Count; j++)
                {
                    row.Add(metrics.Confusion[i, j]);
                }

                matrix.Add(row);
            }

            root["confusion"] = new JsonObject
            {
                ["labels"] = new JsonArray(metrics.Labels.Select(l => (JsonNode)l).ToArray()),
                ["matrix"] = matrix,
            };
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
    }

    private static string ToText(PipelineEvaluation pipeline, ClassifierMetrics? metrics, int count, string? only)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"评估 {count} 行（{(only switch { "rules" => "仅规则", "classifier" => "仅分类器", _ => "规则 + 分类器" })}）");
        w.WriteLine($"{"类别",-12}{"行数",6}{"同类命中",10}{"任意命中",10}{"召回率",8}{"精确率",8}{(metrics is null ? string.Empty : "      F1")}");
        foreach (var l in pipeline.Labels)
        {
            var f1 = metrics?.PerLabel.FirstOrDefault(m => m.Label == l.Label) is { } m ? $"{m.F1,8:0.000}" : string.Empty;
            w.WriteLine($"{l.Label,-14}{l.Rows,6}{l.FlaggedSameCategory,12}{l.FlaggedAny,12}{l.Recall,10:0.000}{l.Precision,10:0.000}{f1}");
        }

        w.WriteLine($"合规条款（ok）误报率：{pipeline.OkFlagRate:0.000}");
        if (metrics is not null)
        {
            w.WriteLine($"分类器（取概率最高的标签，不设阈值）：macro-F1 {metrics.MacroF1:0.000}，准确率 {metrics.Accuracy:0.000}");
            w.WriteLine("混淆矩阵（行 = 标注，列 = 预测）：");
            w.WriteLine(new string(' ', 12) + string.Concat(metrics.Labels.Select(l => $"{l,12}")));
            for (var i = 0; i < metrics.Labels.Count; i++)
            {
                w.WriteLine($"{metrics.Labels[i],-12}" + string.Concat(Enumerable.Range(0, metrics.Labels.Count).Select(j => $"{metrics.Confusion[i, j],12}")));
            }
        }

        return w.ToString().TrimEnd();
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
