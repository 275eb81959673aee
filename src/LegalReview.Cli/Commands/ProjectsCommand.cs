using System.CommandLine;
using LegalReview.Tracking;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview projects add|advance|list</c>: the project library (规范性文件项目库).</summary>
internal static class ProjectsCommand
{
    public static Command Create() =>
        new("projects", "规范性文件项目库：自动入库、重点立项、申报立项及其办理进度。\n" + ExitCodes.HelpText)
        {
            CreateAdd(), CreateAdvance(), CreateList(),
        };

    internal static async Task<int> AddAsync(string? db, int year, string title, string source, string unit, string? planned, string? on, string? actor, TextWriter stdout, CancellationToken ct)
    {
        var kind = TrackingNames.Parse<ProjectSource>(source);
        await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
        var workflow = new TrackingWorkflow(store);
        var entry = await workflow.AddProjectAsync(year, title, kind, unit, TrackingCli.ParseOptionalDate(planned, "--planned"), TrackingCli.Actor(actor), TrackingCli.ParseOptionalDate(on, "--on"), ct).ConfigureAwait(false);
        await stdout.WriteLineAsync($"已入库 {entry.Id}：《{entry.Title}》（{TrackingNames.Chinese(entry.Source)}，{entry.DraftingUnit}），当前阶段“{TrackingNames.Chinese(entry.Status)}”。").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    internal static async Task<int> AdvanceAsync(string? db, string id, string to, string? on, string? reason, string? refusalReason, string? actor, long? expectedVersion, TextWriter stdout, CancellationToken ct)
    {
        var status = TrackingNames.Parse<ProjectStatus>(to);
        await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
        var workflow = new TrackingWorkflow(store);
        var entry = await workflow.AdvanceProjectAsync(id, status, TrackingCli.Actor(actor), reason ?? refusalReason ?? TrackingNames.Chinese(status), TrackingCli.ParseOptionalDate(on, "--on"), refusalReason, expectedVersion, ct).ConfigureAwait(false);
        await stdout.WriteLineAsync($"项目 {entry.Id} 已转为“{TrackingNames.Chinese(entry.Status)}”（版本 {entry.Version}）。").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    internal static async Task<int> ListAsync(string? db, int? year, TextWriter stdout, CancellationToken ct)
    {
        await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
        var entries = await store.ListProjectsAsync(year, ct).ConfigureAwait(false);
        foreach (var e in entries)
        {
            var refusal = e.RefusalReason is null ? string.Empty : $"\t理由：{e.RefusalReason}";
            await stdout.WriteLineAsync($"{e.Id}\t{e.Year}\t{TrackingNames.Chinese(e.Source)}\t{TrackingNames.Chinese(e.Status)}\t{e.DraftingUnit}\t计划 {TrackingCli.Date(e.PlannedOn)}\t完成 {TrackingCli.Date(e.CompletedOn)}\t{e.Title}{refusal}").ConfigureAwait(false);
        }

        await stdout.WriteLineAsync($"共 {entries.Count} 件。").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static Command CreateAdd()
    {
        var year = new Option<int>("--year") { Description = "计划年度", Required = true };
        var title = new Option<string>("--title") { Description = "拟制定文件名称", Required = true };
        var source = new Option<string>("--source") { Description = "来源：automatic（自动入库）、key（重点立项）、applied（申报立项），也可写中文", Required = true };
        var unit = new Option<string>("--unit") { Description = "起草单位", Required = true };
        var planned = new Option<string?>("--planned") { Description = "计划完成日期 YYYY-MM-DD" };
        var on = new Option<string?>("--on") { Description = "入库日期 YYYY-MM-DD（默认今天）" };
        var actor = TrackingCli.ActorOption();
        var db = TrackingCli.DbOption();
        var command = new Command("add", "新增项目库条目：申报立项进入“审核中”，自动入库和重点立项进入“起草”。") { year, title, source, unit, planned, on, actor, db };
        command.SetAction((parse, ct) => TrackingCli.RunAsync(Console.Error, () => AddAsync(parse.GetValue(db), parse.GetValue(year), parse.GetValue(title)!, parse.GetValue(source)!, parse.GetValue(unit)!, parse.GetValue(planned), parse.GetValue(on), parse.GetValue(actor), Console.Out, ct)));
        return command;
    }

    private static Command CreateAdvance()
    {
        var id = new Argument<string>("id") { Description = "项目编号" };
        var to = new Option<string>("--to") { Description = "新阶段：drafting（起草）、solicitingComments（征求意见）、fairCompetitionReview（公平竞争审查）、legalityReview（合法性审核）、collectiveDeliberation（集体审议）、issued（已印发）、refused（不予立项），也可写中文", Required = true };
        var on = new Option<string?>("--on") { Description = "变更日期 YYYY-MM-DD（默认今天）" };
        var reason = new Option<string?>("--reason") { Description = "变更说明（写入审计记录）" };
        var refusal = new Option<string?>("--refusal-reason") { Description = "不予立项理由（不予立项时必填）" };
        var expected = new Option<long?>("--expected-version") { Description = "所依据的记录版本；与数据库不一致时拒绝修改" };
        var actor = TrackingCli.ActorOption();
        var db = TrackingCli.DbOption();
        var command = new Command("advance", "推进项目阶段；不合规定流程的变更将被拒绝。") { id, to, on, reason, refusal, expected, actor, db };
        command.SetAction((parse, ct) => TrackingCli.RunAsync(Console.Error, () => AdvanceAsync(parse.GetValue(db), parse.GetValue(id)!, parse.GetValue(to)!, parse.GetValue(on), parse.GetValue(reason), parse.GetValue(refusal), parse.GetValue(actor), parse.GetValue(expected), Console.Out, ct)));
        return command;
    }

    private static Command CreateList()
    {
        var year = new Option<int?>("--year") { Description = "只列出一个计划年度" };
        var db = TrackingCli.DbOption();
        var command = new Command("list", "列出项目库条目。") { year, db };
        command.SetAction((parse, ct) => TrackingCli.RunAsync(Console.Error, () => ListAsync(parse.GetValue(db), parse.GetValue(year), Console.Out, ct)));
        return command;
    }
}
