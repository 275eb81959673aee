using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalReview.Generation.Docs;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview rules</c>: lists every built-in rule.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认）或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "列出全部内置审查规则（编号、类别、默认严重程度、标题、法律依据）。") { format };
        command.SetAction(parse =>
        {
            Write(parse.GetValue(format)!, Console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Write(string format, TextWriter o)
    {
        var rules = BuiltInRules.All.Select(r => r.Descriptor).ToList();
        if (format == "json")
        {
            var items = rules.Select(r => new
            {
                id = r.Id,
                category = r.Category.ToName(),
                severity = r.DefaultSeverity.ToString().ToLowerInvariant(),
                title = r.Title,
                legalBasis = r.LegalBases,
                description = r.Description,
            });
            o.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return;
        }

        foreach (var r in rules)
        {
            o.WriteLine($"{r.Id}  [{RuleMarkdown.SeverityName(r.DefaultSeverity)}] {r.Category.ToName(),-12} {r.Title}");
            o.WriteLine($"        依据：{string.Join("；", r.LegalBases)}");
        }

        o.WriteLine($"共 {rules.Count} 条规则。");
    }
}
