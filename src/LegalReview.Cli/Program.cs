using System.CommandLine;
using System.Text;
using LegalReview.Cli;
using LegalReview.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("legalreview：行政规范性文件合法性审核与备案审查工具。\n" + ExitCodes.HelpText)
{
    CheckCommand.Create(),
    RulesCommand.Create(),
    ExplainCommand.Create(),
    DocsCommand.Create(),
    BatchCommand.Create(),
    DeadlineCommand.Create(),
    TrackingCommand.Create(),
    FilingCommand.Create(),
    ProjectsCommand.Create(),
    StatsCommand.Create(),
    TrainCommand.Create(),
    EvalCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"用法错误：{error.Message}");
    }

    Console.Error.WriteLine("使用 legalreview --help 查看用法。");
    return ExitCodes.BadInput;
}

return await parse.InvokeAsync();
