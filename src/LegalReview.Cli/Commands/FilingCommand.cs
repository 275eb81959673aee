using System.CommandLine;
using LegalReview.Review;
using LegalReview.Tracking;

namespace LegalReview.Cli.Commands;

/// <summary><c>legalreview filing add|advance|list|overdue</c>: filings (备案) and their deadlines.</summary>
internal static class FilingCommand
{
    public static Command Create() =>
        new("filing", "备案登记与跟踪：报上级人民政府和人大常委会备案，接收部门、镇（街道）报备。\n" + ExitCodes.HelpText)
        {
            CreateAdd(), CreateAdvance(), CreateList(), CreateOverdue(),
        };

    internal static FilingDirection ParseDirection(string text) => text.ToLowerInvariant() switch
    {
        "upper" => FilingDirection.ToUpperGovernment,
        "congress" => FilingDirection.ToPeoplesCongress,
        "department" => FilingDirection.FromDepartment,
        "town" => FilingDirection.FromTown,
        _ => TrackingNames.Parse<FilingDirection>(text),
    };

    internal static ReviewProfile Profile(string? name) =>
        name is null ? ReviewProfile.Fujian : ReviewProfile.Find(name) ?? throw new ArgumentException($"未知的审查配置“{name}”，可用：national、fujian。");

    internal static async Task<int> AddAsync(string? db, string direction, string number, string title, string unit, string? recipient, string published, string? received, string? actor, string? profile, TextWriter stdout, CancellationToken ct)
    {
        var dir = ParseDirection(direction);
        var publishedOn = TrackingCli.ParseDate(published, "--published");
        await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
        var workflow = new TrackingWorkflow(store, Profile(profile));
        Filing filing;
        if (dir is FilingDirection.ToUpperGovernment or FilingDirection.ToPeoplesCongress)
        {
            var settings = await store.GetSettingsAsync(ct).ConfigureAwait(false);
            var to = recipient ?? settings.GetValueOrDefault(dir == FilingDirection.ToUpperGovernment ? TrackingSettings.UpperGovernment : TrackingSettings.PeoplesCongress)
                ?? throw new ArgumentException("请用 --recipient 指明备案机关。");
            filing = await workflow.AddOutgoingFilingAsync(dir, number, title, unit, to, publishedOn, TrackingCli.Actor(actor), ct).ConfigureAwait(false);
        }
        else
        {
            var receivedOn = TrackingCli.ParseOptionalDate(received, "--received") ?? workflow.Today;
            var to = recipient ?? throw new ArgumentException("接收报备时请用 --recipient 指明备案机关（如 晋江市人民政府）。");
            filing = await workflow.ReceiveFilingAsync(dir, number, title, unit, to, publishedOn, receivedOn, TrackingCli.Actor(actor), ct).ConfigureAwait(false);
        }

        await stdout.WriteLineAsync($"已登记备案 {filing.Id}：{filing.DocumentNumber}《{filing.Title}》，{TrackingNames.Chinese(filing.Direction)}，状态“{TrackingNames.Chinese(filing.Status)}”，报备期限 {TrackingCli.Date(filing.DueOn)}。").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    internal static async Task<int> AdvanceAsync(string? db, string id, string to, string? on, string? notice, string? reason, string? actor, long? expectedVersion, string? profile, TextWriter stdout, CancellationToken ct)
    {
        var status = TrackingNames.Parse<FilingStatus>(to);
        await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
        var workflow = new TrackingWorkflow(store, Profile(profile));
        var filing = await workflow.AdvanceFilingAsync(id, status, TrackingCli.Actor(actor), reason ?? TrackingNames.Chinese(status), TrackingCli.ParseOptionalDate(on, "--on"), notice, expectedVersion, ct).ConfigureAwait(false);
        var deadline = filing.PendingDeadline is { } d ? $"，期限 {TrackingNames.Iso(d)}" : string.Empty;
        await stdout.WriteLineAsync($"备案 {filing.Id} 已转为“{TrackingNames.Chinese(filing.Status)}”（版本 {filing.Version}）{deadline}。").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    internal static async Task<int> ListAsync(string? db, string? direction, TextWriter stdout, CancellationToken ct)
    {
        await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
        var filings = await store.ListFilingsAsync(direction is null ? null : ParseDirection(direction), ct).ConfigureAwait(false);
        await WriteTableAsync(filings, stdout).ConfigureAwait(false);
        await stdout.WriteLineAsync($"共 {filings.Count} 件。").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    internal static async Task<int> OverdueAsync(string? db, string? asOf, int within, TextWriter stdout, CancellationToken ct)
    {
        await using var store = await TrackingCli.OpenAsync(db, ct).ConfigureAwait(false);
        var date = TrackingCli.ParseOptionalDate(asOf, "--as-of") ?? DateOnly.FromDateTime(DateTime.Now);
        var overdue = await store.ListOverdueFilingsAsync(date, ct).ConfigureAwait(false);
        var soon = await store.ListFilingsDueSoonAsync(date, within, ct).ConfigureAwait(false);
        await stdout.WriteLineAsync($"截至 {TrackingNames.Iso(date)}，已逾期 {overdue.Count} 件：").ConfigureAwait(false);
        await WriteTableAsync(overdue, stdout).ConfigureAwait(false);
        await stdout.WriteLineAsync($"{within}日内到期 {soon.Count} 件：").ConfigureAwait(false);
        await WriteTableAsync(soon, stdout).ConfigureAwait(false);
        var months = ReviewProfile.Fujian.ExpiryReminderMonths;
        var expiring = await store.ListDocumentsExpiringAsync(date, months, ct).ConfigureAwait(false);
        await stdout.WriteLineAsync($"有效期已届满或将于{months}个月内届满、应评估清理的文件 {expiring.Count} 件：").ConfigureAwait(false);
        foreach (var d in expiring)
        {
            await stdout.WriteLineAsync($"{d.Id}\t{d.DocumentNumber}\t有效期至 {TrackingCli.Date(d.ValidUntil)}\t{d.Title}").ConfigureAwait(false);
        }

        return overdue.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static async Task WriteTableAsync(IReadOnlyList<Filing> filings, TextWriter stdout)
    {
        foreach (var f in filings)
        {
            await stdout.WriteLineAsync($"{f.Id}\t{f.DocumentNumber}\t{TrackingNames.Chinese(f.Direction)}\t{f.Recipient}\t{TrackingNames.Chinese(f.Status)}\t公布 {TrackingCli.Date(f.PublishedOn)}\t报备期限 {TrackingCli.Date(f.DueOn)}\t当前期限 {TrackingCli.Date(f.PendingDeadline)}\t{f.Title}").ConfigureAwait(false);
        }
    }

    private static Command CreateAdd()
    {
        var direction = new Option<string>("--direction") { Description = "方向：upper（报上级人民政府）、congress（报人大常委会）、department（部门报备）、town（镇（街道）报备）", Required = true };
        var number = new Option<string>("--number") { Description = "文号，如 晋政规〔2024〕3号", Required = true };
        var title = new Option<string>("--title") { Description = "文件标题", Required = true };
        var unit = new Option<string>("--unit") { Description = "报备单位（制定机关）", Required = true };
        var recipient = new Option<string?>("--recipient") { Description = "备案机关（报送时默认取数据库设置 upperGovernment / peoplesCongress）" };
        var published = new Option<string>("--published") { Description = "公布日期 YYYY-MM-DD（报备期限自次日起算）", Required = true };
        var received = new Option<string?>("--received") { Description = "收到报备日期 YYYY-MM-DD（接收报备时，默认今天）" };
        var profile = new Option<string?>("--profile") { Description = "审查配置：fujian（默认，15日内报备）或 national（30日）" };
        var actor = TrackingCli.ActorOption();
        var db = TrackingCli.DbOption();
        var command = new Command("add", "登记一件备案：报送的为“待报送”，收到的为“已报送”，并按公布日期计算报备期限。") { direction, number, title, unit, recipient, published, received, profile, actor, db };
        command.SetAction((parse, ct) => TrackingCli.RunAsync(Console.Error, () => AddAsync(parse.GetValue(db), parse.GetValue(direction)!, parse.GetValue(number)!, parse.GetValue(title)!, parse.GetValue(unit)!, parse.GetValue(recipient), parse.GetValue(published)!, parse.GetValue(received), parse.GetValue(actor), parse.GetValue(profile), Console.Out, ct)));
        return command;
    }

    private static Command CreateAdvance()
    {
        var id = new Argument<string>("id") { Description = "备案编号" };
        var to = new Option<string>("--to") { Description = "新状态：submitted（已报送）、registered（予以登记）、notRegistered（不予登记）、deferred（暂缓登记）、underReview（审查中）、explanationRequested（需补充说明）、approved（审查通过）、correctionRequired（纠错）、corrected（已纠正）、annulled（撤销），也可写中文", Required = true };
        var on = new Option<string?>("--on") { Description = "变更日期 YYYY-MM-DD（默认今天）" };
        var notice = new Option<string?>("--notice") { Description = "通知书编号（需补充说明时必填）" };
        var reason = new Option<string?>("--reason") { Description = "变更理由（写入审计记录）" };
        var expected = new Option<long?>("--expected-version") { Description = "所依据的记录版本；与数据库不一致时拒绝修改" };
        var profile = new Option<string?>("--profile") { Description = "审查配置：fujian（默认）或 national" };
        var actor = TrackingCli.ActorOption();
        var db = TrackingCli.DbOption();
        var command = new Command("advance", "推进备案状态；不合规定流程的变更将被拒绝。") { id, to, on, notice, reason, expected, profile, actor, db };
        command.SetAction((parse, ct) => TrackingCli.RunAsync(Console.Error, () => AdvanceAsync(parse.GetValue(db), parse.GetValue(id)!, parse.GetValue(to)!, parse.GetValue(on), parse.GetValue(notice), parse.GetValue(reason), parse.GetValue(actor), parse.GetValue(expected), parse.GetValue(profile), Console.Out, ct)));
        return command;
    }

    private static Command CreateList()
    {
        var direction = new Option<string?>("--direction") { Description = "只列出一个方向：upper、congress、department、town" };
        var db = TrackingCli.DbOption();
        var command = new Command("list", "列出备案。") { direction, db };
        command.SetAction((parse, ct) => TrackingCli.RunAsync(Console.Error, () => ListAsync(parse.GetValue(db), parse.GetValue(direction), Console.Out, ct)));
        return command;
    }

    private static Command CreateOverdue()
    {
        var asOf = new Option<string?>("--as-of") { Description = "截至日期 YYYY-MM-DD（默认今天）" };
        var within = new Option<int>("--within") { Description = "同时列出若干日内到期的备案（默认 7）", DefaultValueFactory = _ => 7 };
        var db = TrackingCli.DbOption();
        var command = new Command("overdue", "列出已逾期和即将到期的备案（报送、补充说明答复、纠错期限），以及有效期将届满、应评估清理的文件；存在逾期备案时退出码为 1。") { asOf, within, db };
        command.SetAction((parse, ct) => TrackingCli.RunAsync(Console.Error, () => OverdueAsync(parse.GetValue(db), parse.GetValue(asOf), parse.GetValue(within), Console.Out, ct)));
        return command;
    }
}
