using System.CommandLine;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Docs;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview explain LRnnnn</c>: a rule's documentation, and what it reports on its own examples.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("rule-id") { Description = "规则编号，例如 LR2001" };
        var command = new Command("explain", "说明一条规则：审查内容、法律依据、示例和修改建议。") { id };
        command.SetAction(parse => Run(parse.GetValue(id)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string id, TextWriter o, TextWriter err)
    {
        var rule = BuiltInRules.Find(id);
        if (rule is null)
        {
            err.WriteLine($"错误：没有编号为“{id}”的规则。使用 legalreview rules 查看全部规则。");
            return ExitCodes.BadInput;
        }

        var d = rule.Descriptor;
        o.Write(RuleMarkdown.Page(d));
        if (d.OffendingExample.Length > 0 && d.ExamplePlacement != ExamplePlacement.Metadata)
        {
            o.WriteLine();
            o.WriteLine("## 对示例的审查结果");
            o.WriteLine();
            ShowFindings(rule, "不符合要求的示例", d.OffendingExample, o);
            if (d.CompliantExample.Length > 0)
            {
                ShowFindings(rule, "符合要求的示例", d.CompliantExample, o);
            }
        }

        return ExitCodes.Ok;
    }

    private static void ShowFindings(ReviewRule rule, string caption, string example, TextWriter o)
    {
        var findings = RunExample(rule, example);
        o.WriteLine($"- {caption}：{(findings.Count == 0 ? "未发现问题" : string.Join("；", findings.Select(f => $"“{f.Quote}”——{f.Message}")))}");
    }

    /// <summary>Runs one rule over one of its documentation examples, placed where such text stands in a document.</summary>
    internal static IReadOnlyList<Finding> RunExample(ReviewRule rule, string example)
    {
        const string title = "晋江市某某管理办法";
        const string article = "第一条 为了规范管理，制定本办法。";
        const string closing = "晋江市某某局";
        var text = rule.Descriptor.ExamplePlacement switch
        {
            ExamplePlacement.Title => $"{example}\n{article}\n2025年1月10日",
            ExamplePlacement.Body => $"{title}\n{example}\n{closing}\n2025年1月10日",
            ExamplePlacement.Closing => $"{title}\n{article}\n{example}\n{closing}\n2025年1月10日",
            ExamplePlacement.Document => example,
            _ => ProvisionExample(example),
        };
        var doc = new DocumentReader().ReadText(text, "示例");
        return new ReviewEngine([rule]).Review(doc, new ReviewMetadata { ReviewDate = new DateOnly(2025, 1, 1) }).Findings;
    }

    private static string ProvisionExample(string example)
    {
        // A 文号 or a date stands in the header or the closing; anything else is a clause of an article.
        var numberLine = DocumentNumber.TryParse(example, out var number) ? example + "\n" : string.Empty;
        var isDate = DocumentDate.TryParse(example, out _);
        var dateLine = isDate ? example : $"{number?.Year ?? 2025}年1月10日";
        var body = numberLine.Length > 0 || isDate ? "第一条 为了规范管理，制定本办法。"
            : example.StartsWith('第') && example.Contains('条') ? example
            : "第一条 " + example;
        return $"{numberLine}晋江市某某管理办法\n{body}\n晋江市某某局\n{dateLine}";
    }
}
