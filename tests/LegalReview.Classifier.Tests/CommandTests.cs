using System.Text.Json.Nodes;
using LegalReview.Classifier;
using LegalReview.Cli.Commands;
using LegalReview.Classifier.Tests.Support;

namespace LegalReview.Classifier.Tests;

[TestFixture]
public sealed class CommandTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateDirectory() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), $"lr-cls-{Guid.NewGuid():N}"));

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, IEnumerable<LabelledProvision> rows)
    {
        var path = Path.Combine(_dir, name);
        using var writer = new StreamWriter(path);
        CorpusFile.Write(rows, writer);
        return path;
    }

    [Test]
    public async Task Eval_ClassifierOnly_ReportsPerLabelFigures_MacroF1_AndTheConfusionMatrix()
    {
        var data = Write("eval.jsonl",
        [
            new("违反本规定擅自占道经营的，由县城市管理局处二千元以上一万元以下罚款。", "penalty"),
            new("对拒不停止施工的工地，由县住房和城乡建设局通知供电企业停止供电。", "coercion"),
            new("本办法自2026年3月1日起施行，有效期五年。", "ok"),
            new("鼓励社会力量兴办养老机构，县民政局应当加强业务指导。", "ok"),
        ]);
        var stdout = new StringWriter();
        var code = await EvalCommand.RunAsync([data], "category", "classifier", "json", "all", null, stdout, new StringWriter(), CancellationToken.None);
        Assert.That(code, Is.Zero);
        var json = JsonNode.Parse(stdout.ToString())!;
        var penalty = json["labels"]!["penalty"]!;
        Assert.That(penalty["rows"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(penalty["flaggedSameCategory"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(penalty["flaggedAny"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(penalty["recall"]!.GetValue<double>(), Is.EqualTo(1.0));
        Assert.That(penalty["precision"]!.GetValue<double>(), Is.EqualTo(1.0));
        Assert.That(penalty["f1"]!.GetValue<double>(), Is.EqualTo(1.0));
        Assert.That(json["labels"]!["ok"]!["rows"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(json["okFlagRate"]!.GetValue<double>(), Is.EqualTo(0.0));
        Assert.That(json["macroF1"]!.GetValue<double>(), Is.EqualTo(1.0));
        Assert.That(json["confusion"]!["labels"]!.AsArray(), Has.Count.EqualTo(8));
        Assert.That(json["confusion"]!["matrix"]!.AsArray().Sum(r => r!.AsArray().Sum(c => c!.GetValue<int>())), Is.EqualTo(4));
    }

    [Test]
    public async Task Eval_RulesOnly_WorksWithWhateverRulesExist_AndHasNoClassifierFigures()
    {
        var data = Write("eval.jsonl", [new("在道路两侧乱堆乱放的，处以五百元罚款。", "penalty"), new("本办法由县城市管理局负责解释。", "ok")]);
        var stdout = new StringWriter();
        var code = await EvalCommand.RunAsync([data], "category", "rules", "json", "all", null, stdout, new StringWriter(), CancellationToken.None);
        Assert.That(code, Is.Zero);
        var json = JsonNode.Parse(stdout.ToString())!;
        Assert.That(json["labels"]!["penalty"]!["rows"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(json["macroF1"], Is.Null);
        Assert.That(json["labels"]!["penalty"]!["f1"], Is.Null);
    }

    [Test]
    public async Task Eval_ReadsAnotherLabelField()
    {
        var path = Path.Combine(_dir, "cases.jsonl");
        await File.WriteAllTextAsync(path, "{\"text\":\"县内学校食堂的食材，统一由县粮食储备公司配送。\",\"verdict\":\"competition\"}\n");
        var stdout = new StringWriter();
        var code = await EvalCommand.RunAsync([path], "verdict", null, "json", "all", null, stdout, new StringWriter(), CancellationToken.None);
        Assert.That(code, Is.Zero);
        Assert.That(JsonNode.Parse(stdout.ToString())!["labels"]!["competition"]!["rows"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Eval_WithoutTheLabelField_IsBadInput()
    {
        var path = Path.Combine(_dir, "bad.jsonl");
        await File.WriteAllTextAsync(path, "{\"text\":\"本办法自公布之日起施行。\"}\n");
        var stderr = new StringWriter();
        var code = await EvalCommand.RunAsync([path], "category", null, "text", "all", null, new StringWriter(), stderr, CancellationToken.None);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr.ToString(), Does.Contain("category"));
    }

    [Test]
    public async Task Eval_WithAMissingModel_IsBadInput_NotFiguresOfZero()
    {
        var data = Write("eval.jsonl", [new("在道路两侧乱堆乱放的，处以五百元罚款。", "penalty")]);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await EvalCommand.RunAsync([data], "category", null, "json", "all", Path.Combine(_dir, "missing.zip"), stdout, stderr, CancellationToken.None);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stdout.ToString(), Is.Empty);
        Assert.That(stderr.ToString(), Does.Contain("无法加载分类模型"));
    }

    [Test]
    public async Task Check_RunsTheClassifierStage()
    {
        var path = Path.Combine(_dir, "draft.txt");
        await File.WriteAllTextAsync(path, "某县人民政府关于印发某县市容管理办法的通知\n第一条 在道路两侧乱堆乱放的，由县城市管理局处以五百元以上二千元以下罚款。\n第二条 本办法自2026年1月1日起施行，有效期五年。\n");
        // LR2004 reports this penalty itself, and a rule finding absorbs the classifier's; switch it off to see the stage.
        await File.WriteAllTextAsync(Path.Combine(_dir, "legalreview.json"), """{ "LegalReview": { "Review": { "Rules": { "LR2004": "off" } } } }""");
        var stdout = new StringWriter();
        await CheckCommand.RunAsync(path, "json", null, null, false, stdout, new StringWriter(), CancellationToken.None);
        // The classifier's findings are hints (schema 1.2): apart from the rules' findings.
        var json = JsonNode.Parse(stdout.ToString())!;
        Assert.That(json["findings"]!.AsArray().Select(f => f!["source"]!.GetValue<string>()), Is.All.EqualTo("rule"));
        var hints = json["hints"]!.AsArray();
        Assert.That(hints.Where(f => f!["source"]!.GetValue<string>() == "classifier").Select(f => f!["ruleId"]!.GetValue<string>()), Is.EqualTo(new[] { "LR0102" }));
    }

    [Test]
    public async Task EvalFolds_ReportsTheFullPipeline_AndAThresholdChosenWithoutTheFold()
    {
        string[] competition =
        [
            "外地企业须在本县设立分公司方可参加招标。",
            "对在本区注册纳税的企业，按其年度地方综合贡献的50%给予奖励，外地企业不予奖励。",
            "获得奖励的企业五年内不得将注册地变更至本县以外。",
            "同等条件下优先选择本地企业承担政府投资项目。",
            "本县政府采购项目只接受本地供应商报名。",
            "外省企业进入本市市场须另行办理备案并缴纳保证金。",
        ];
        string[] ok =
        [
            "本办法自2026年3月1日起施行，有效期五年。",
            "鼓励社会力量兴办养老机构，县民政局应当加强业务指导。",
            "县财政局负责专项资金的预算管理和监督检查。",
            "申请人应当如实提交有关材料，对材料的真实性负责。",
            "各乡镇人民政府应当做好本辖区的宣传工作。",
            "本办法由县人民政府办公室负责解释。",
        ];
        var rows = competition.Select((t, i) => new LabelledProvision(t, "competition", $"c{i}"))
            .Concat(ok.Select((t, i) => new LabelledProvision(t, "ok", $"o{i}"))).ToArray();
        var data = Write("real.jsonl", rows);
        var stdout = new StringWriter();
        var code = await EvalCommand.RunGroupedAsync([data], [], "category", 2, 0.55, "json", stdout, new StringWriter(), CancellationToken.None, augmentWeight: 0.05f);
        Assert.That(code, Is.Zero);
        var json = JsonNode.Parse(stdout.ToString())!;
        var pipeline = json["pipelineCompetition"]!;
        var nested = json["competitionNestedThreshold"]!;
        Assert.Multiple(() =>
        {
            Assert.That(pipeline["rows"]!.GetValue<int>(), Is.EqualTo(6));
            Assert.That(pipeline["hits"]!.GetValue<int>(), Is.InRange(0, 6));
            Assert.That(pipeline["hits"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(json["labels"]!["competition"]!["hits"]!.GetValue<int>()), "the pipeline adds the rules to the classifier");
            Assert.That(nested["thresholds"]!.AsArray(), Has.Count.EqualTo(2), "one threshold per fold");
            Assert.That(nested["rows"]!.GetValue<int>(), Is.EqualTo(6));
        });

        var refused = await EvalCommand.RunGroupedAsync([data], [], "category", 2, 0.55, "json", new StringWriter(), new StringWriter(), CancellationToken.None, augmentWeight: 0f);
        Assert.That(refused, Is.EqualTo(LegalReview.Cli.ExitCodes.BadInput));
    }

    [Test]
    public async Task EvalFolds_WritesEachRowsHeldOutOutcome_AndSplitsThePipelineByWhatTheRulesWereWrittenFrom()
    {
        (string Text, string Category, string Split)[] rows =
        [
            ("外地企业须在本县设立分公司方可参加招标。", "competition", "dev"),
            ("对在本区注册纳税的企业，按其年度地方综合贡献的50%给予奖励，外地企业不予奖励。", "competition", "dev"),
            ("获得奖励的企业五年内不得将注册地变更至本县以外。", "competition", "held-out"),
            ("本县政府采购项目只接受本地供应商报名。", "competition", "held-out"),
            ("同等条件下优先选择本地企业承担政府投资项目。", "competition", "held-out"),
            ("本办法自2026年3月1日起施行，有效期五年。", "ok", ""),
            ("县财政局负责专项资金的预算管理和监督检查。", "ok", ""),
            ("申请人应当如实提交有关材料，对材料的真实性负责。", "ok", ""),
            ("在本县从事农家乐经营的，须经县文化和旅游局审批同意后方可开业。", "license", "dev"),
        ];
        var data = Path.Combine(_dir, "split.jsonl");
        await File.WriteAllLinesAsync(data, rows.Select((r, i) => new JsonObject
        {
            ["text"] = r.Text,
            ["category"] = r.Category,
            ["group"] = $"g{i}",
            ["rule_split"] = r.Split,
        }.ToJsonString()));
        var rowsOut = Path.Combine(_dir, "rows.jsonl");
        var stdout = new StringWriter();
        var code = await EvalCommand.RunGroupedAsync([data], [], "category", 2, 0.55, "json", stdout, new StringWriter(), CancellationToken.None, augmentWeight: 0.05f, rowsPath: rowsOut);
        Assert.That(code, Is.Zero);

        var pipeline = JsonNode.Parse(stdout.ToString())!["pipelineCompetition"]!;
        var splits = pipeline["ruleSplits"]!;
        var license = pipeline["otherLabelsInOwnCategory"]!["license"]!;
        Assert.That(license["rows"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(license["hits"]!.GetValue<int>(), Is.EqualTo(1), "the new-permit rule reports the licensing row as licensing");
        var lines = (await File.ReadAllLinesAsync(rowsOut)).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(splits["dev"]!["rows"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(splits["held-out"]!["rows"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(lines, Has.Length.EqualTo(rows.Length), "one line per real row");
            Assert.That(lines.Select(l => l["text"]!.GetValue<string>()), Is.EqualTo(rows.Select(r => r.Text)));
            Assert.That(lines.Select(l => l["fold"]!.GetValue<int>()).Distinct().Count(), Is.EqualTo(2), "every row is predicted by the fold that held it out");
        });

        // The rules' competition finding on the first row is in its line, and the pipeline reports what rules or classifier said.
        var first = lines[0];
        Assert.That(first["rules"]!.AsArray().Select(c => c!.GetValue<string>()), Does.Contain("competition"));
        Assert.That(first["pipeline"]!.AsArray().Select(c => c!.GetValue<string>()), Does.Contain("competition"));
        var hits = lines.Count(l => l["category"]!.GetValue<string>() == "competition"
            && (l["rules"]!.AsArray().Any(c => c!.GetValue<string>() == "competition") || l["classifier"]!["reported"]?.GetValue<string>() == "competition"));
        Assert.That(hits, Is.EqualTo(splits["dev"]!["hits"]!.GetValue<int>() + splits["held-out"]!["hits"]!.GetValue<int>()), "the lines and the figures agree");

        var stderr = new StringWriter();
        var unwritable = Path.Combine(_dir, "no-such-folder", "rows.jsonl");
        var refused = await EvalCommand.RunGroupedAsync([data], [], "category", 2, 0.55, "json", new StringWriter(), stderr, CancellationToken.None, augmentWeight: 0.05f, rowsPath: unwritable);
        Assert.That(refused, Is.EqualTo(LegalReview.Cli.ExitCodes.BadInput));
        Assert.That(stderr.ToString(), Does.Contain(unwritable), "the error names the file");
    }

    [Test]
    public async Task Train_WritesAModelThatEvalCanLoad()
    {
        var rows = Repo.Corpus.Where(r => r.Source.StartsWith("hand:", StringComparison.Ordinal)).ToArray();
        var data = Write("train.jsonl", rows);
        var model = Path.Combine(_dir, "model.zip");
        var stdout = new StringWriter();
        var code = await TrainCommand.RunAsync([data], null, null, model, 1, true, stdout, new StringWriter(), CancellationToken.None);
        Assert.That(code, Is.Zero, stdout.ToString());
        Assert.That(new FileInfo(model).Length, Is.GreaterThan(0));
        var classifier = new ProvisionClassifier(new ProvisionClassifierOptions { ModelPath = model });
        Assert.That(classifier.Labels, Has.Count.EqualTo(8));
    }
}
