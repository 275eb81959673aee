using System.Text.Json;
using LegalReview.Cli;
using LegalReview.Cli.Batch;
using LegalReview.Cli.Commands;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Json;
using LegalReview.Generation.Sarif;
using LegalReview.Knowledge;
using LegalReview.Review;
using LegalReview.Rules;
using LegalReview.Testing;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Review;

/// <summary>A rule that throws is never silent: recorded in the result, reported by every output, and fatal to RuleTester.</summary>
public sealed class RuleFailureTests
{
    private const string Draft = """
        某某市城市管理办法
        第一条 为了加强城市管理，制定本办法。
        第二条 违反本办法的，由城市管理部门处二千元罚款。
        """;

    [Test]
    public void RuleTester_AssertNoFindings_FailsForARuleThatThrowsOnEveryProvision()
    {
        var ex = Assert.Throws<AssertionException>(() => RuleTester.AssertNoFindings(new ThrowingRule(), "第一条 为了加强城市管理，制定本办法。"));

        Assert.That(ex!.Message, Does.Contain("LR9991").And.Contain(typeof(InvalidOperationException).FullName!));
    }

    [Test]
    public void RuleTester_AssertNoFindings_PassesForARuleThatCompletes() =>
        RuleTester.AssertNoFindings(new SilentRule(), "第一条 为了加强城市管理，制定本办法。");

    [Test]
    public void Engine_RecordsTheFailure_WithRuleProvisionAndException_AndKeepsTheOtherRulesFindings()
    {
        var result = Review(new ThrowingRule(), BuiltInRules.Find("LR5001")!, new SilentRule());

        var failure = result.RuleFailures.Single();
        Assert.That(failure.RuleId, Is.EqualTo("LR9991"));
        Assert.That(failure.Location, Does.Contain("第一条"), "the first provision it was given");
        Assert.That(failure.ExceptionType, Is.EqualTo("System.InvalidOperationException"));
        Assert.That(failure.Message, Is.EqualTo(ThrowingRule.Text));
        Assert.That(result.HasRuleFailures, Is.True);
        Assert.That(result.RulesRun, Does.Contain("LR9991").And.Contain("LR9992"));
    }

    [Test]
    public void Engine_WithoutAFailingRule_HasNoFailures()
    {
        var result = Review(new SilentRule());

        Assert.That(result.RuleFailures, Is.Empty);
        Assert.That(result.HasRuleFailures, Is.False);
    }

    [Test]
    public void Engine_RecordsAFailingClassifier_AsTheClassifierStage()
    {
        var engine = new ReviewEngine([new SilentRule()], new ReviewOptions(), classifier: new ThrowingClassifier());

        var result = engine.Review(new DocumentReader().ReadText(Draft, "draft.txt"));

        var failure = result.RuleFailures.Single();
        Assert.That(failure.RuleId, Is.EqualTo(RuleFailure.ClassifierId));
        Assert.That(failure.Location, Is.Null);
        Assert.That(failure.ExceptionType, Is.EqualTo("System.IO.InvalidDataException"));
    }

    [Test]
    public void Json_ListsTheFailures_AndCountsThemInTheSummary()
    {
        var json = JsonDocument.Parse(ReviewJsonWriter.ToJson(Review(new ThrowingRule()))).RootElement;

        var failure = json.GetProperty("failures").EnumerateArray().Single();
        Assert.That(failure.GetProperty("ruleId").GetString(), Is.EqualTo("LR9991"));
        Assert.That(failure.GetProperty("location").GetString(), Does.Contain("第一条"));
        Assert.That(failure.GetProperty("exceptionType").GetString(), Is.EqualTo("System.InvalidOperationException"));
        Assert.That(failure.GetProperty("message").GetString(), Is.EqualTo(ThrowingRule.Text));
        Assert.That(json.GetProperty("summary").GetProperty("ruleFailures").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void Sarif_ReportsAToolExecutionNotification_AndAnUnsuccessfulInvocation()
    {
        using var stream = new MemoryStream();
        SarifWriter.Write([Review(new ThrowingRule()), Review(new SilentRule())], stream);

        var invocation = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray().Single();
        Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.False);
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Single();
        Assert.That(notification.GetProperty("level").GetString(), Is.EqualTo("error"));
        Assert.That(notification.GetProperty("descriptor").GetProperty("id").GetString(), Is.EqualTo("LR9991"));
        Assert.That(notification.GetProperty("message").GetProperty("text").GetString(), Does.Contain(ThrowingRule.Text));
        Assert.That(notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("draft.txt"));
    }

    [Test]
    public void Sarif_WithoutFailures_IsASuccessfulInvocation()
    {
        using var stream = new MemoryStream();
        SarifWriter.Write([Review(new SilentRule())], stream);

        var invocation = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.True);
        Assert.That(invocation.GetProperty("toolExecutionNotifications").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void ExitCode_IsRuleFailures_BeforeFindings()
    {
        Assert.That(ExitCodes.Of(Review(new ThrowingRule(), BuiltInRules.Find("LR5001")!)), Is.EqualTo(ExitCodes.RuleFailures));
        Assert.That(ExitCodes.Of(Review(new SilentRule())), Is.EqualTo(ExitCodes.Ok));
        Assert.That(ExitCodes.HelpText, Does.Contain("3 = "));
    }

    [Test]
    public void TextReport_WarnsThatTheReviewIsIncomplete()
    {
        var o = new StringWriter();

        LegalReview.Cli.Output.TextReport.Write(Review(new ThrowingRule()), o, outline: false);

        Assert.That(o.ToString(), Does.Contain("审查规则运行出错").And.Contain("LR9991").And.Contain(ThrowingRule.Text));
    }

    [Test]
    public async Task Batch_JournalsTheFailures_AndReportsThemInEverySummary()
    {
        using var folder = new TempDirectory("lr-rule-failure-batch-");
        var input = Directory.CreateDirectory(folder.Combine("in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "draft.txt"), Draft);
        var output = folder.Combine("out");
        var engine = new ReviewEngine([new ThrowingRule(), new SilentRule()]);
        var summary = new BatchSummary();
        using (var journal = BatchJournal.Open(output, resume: false))
        {
            await new BatchRunner(new DocumentReader(), engine, KnowledgeBase.Default).RunAsync([Path.Combine(input, "draft.txt")], input, journal, summary, 1, new DateOnly(2025, 1, 1), CancellationToken.None);
        }

        await BatchReports.WriteAsync(output, "测试", "某某市司法局", new DateOnly(2025, 1, 1), folder.Combine("out", "batch.sarif"), CancellationToken.None);

        var record = JournalReader.Read(Path.Combine(output, BatchJournal.FileName)).Single();
        Assert.That(record.RuleFailures.Single().RuleId, Is.EqualTo("LR9991"));
        Assert.That(summary.WithRuleFailures, Is.EqualTo(1));
        Assert.That(summary.RuleFailuresByRule["LR9991"], Is.EqualTo(1));
        var workbook = OpenXmlText(Path.Combine(output, BatchReports.WorkbookName), "xl/worksheets/sheet1.xml");
        Assert.That(workbook, Does.Contain("审查规则运行出错的文件").And.Contain(ThrowingRule.Text));
        var cleanup = OpenXmlText(Path.Combine(output, BatchReports.CleanupName), "word/document.xml");
        Assert.That(cleanup, Does.Contain("审查规则运行出错"));
        var sarif = JsonDocument.Parse(await File.ReadAllBytesAsync(folder.Combine("out", "batch.sarif"))).RootElement;
        Assert.That(sarif.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean(), Is.False);
    }

    [Test]
    public async Task BatchCommand_WithTheBuiltInRules_RecordsNoRuleFailure()
    {
        using var folder = new TempDirectory("lr-rule-failure-cli-");
        var draft = folder.Combine("draft.txt");
        await File.WriteAllTextAsync(draft, Draft);
        var stdout = new StringWriter();

        var code = await BatchCommand.RunAsync([draft], folder.Combine("out"), 1, false, null, "2025-01-01", null, BatchCommand.DefaultReportingBody, stdout, new StringWriter(), false, CancellationToken.None);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok).Or.EqualTo(ExitCodes.Findings));
        Assert.That(stdout.ToString(), Does.Not.Contain("审查规则运行出错"));
        using var summaryJson = JsonDocument.Parse(await File.ReadAllTextAsync(folder.Combine("out", "summary.json")));
        Assert.That(summaryJson.RootElement.GetProperty("documentsWithRuleFailures").GetInt32(), Is.Zero);
    }

    private static ReviewResult Review(params ReviewRule[] rules) =>
        new ReviewEngine(rules, new ReviewOptions(), logger: new TestContextLogger<ReviewEngine>()).Review(new DocumentReader().ReadText(Draft, "draft.txt"));

    private static string OpenXmlText(string path, string part)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    [ReviewRule("LR9991", RuleCategory.Form, FindingSeverity.Warning, "测试规则：每一款都抛出异常")]
    [LegalBasis("测试依据")]
    private sealed class ThrowingRule : ProvisionRule
    {
        public const string Text = "rule crashed on purpose";

        public override void Analyze(Provision provision, ReviewContext context) => throw new InvalidOperationException(Text);
    }

    [ReviewRule("LR9992", RuleCategory.Form, FindingSeverity.Warning, "测试规则：从不报告")]
    [LegalBasis("测试依据")]
    private sealed class SilentRule : ProvisionRule
    {
        public override void Analyze(Provision provision, ReviewContext context)
        {
        }
    }

    private sealed class ThrowingClassifier : IProvisionClassifier
    {
        public IReadOnlyList<ClassifierPrediction> Classify(IReadOnlyList<string> texts) => throw new InvalidDataException("model file damaged");
    }
}
