using System.CommandLine;
using LegalReview.Generation.Docs;
using LegalReview.Rules;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview docs --out docs/rules</c>: writes one page per rule and the index from rule metadata.</summary>
internal static class DocsCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "输出目录", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("docs", "rules")) };
        var command = new Command("docs", "根据规则元数据生成规则文档（每条规则一页及索引）。") { output };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(output)!.FullName;
            var written = Write(dir);
            Console.WriteLine($"已生成 {written} 个文件：{dir}");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static int Write(string dir)
    {
        Directory.CreateDirectory(dir);
        var rules = BuiltInRules.All.Select(r => r.Descriptor).ToList();
        foreach (var r in rules)
        {
            File.WriteAllText(Path.Combine(dir, r.Id + ".md"), RuleMarkdown.Page(r));
        }

        File.WriteAllText(Path.Combine(dir, "README.md"), RuleMarkdown.Index(rules));
        return rules.Count + 1;
    }
}
