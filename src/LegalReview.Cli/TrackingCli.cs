using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using LegalReview.Tracking;
using LegalReview.Tracking.PostgreSql;

namespace LegalReview.Cli;

/// <summary>What the tracking commands share: the <c>--db</c> option, opening the store, dates, errors.</summary>
internal static class TrackingCli
{
    public static string DefaultDatabasePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "legalreview", "tracking.db");

    public static Option<string?> DbOption() => new("--db")
    {
        Description = $"跟踪数据库：SQLite 文件路径（默认 {DefaultDatabasePath}），或以 Host= 开头的 PostgreSQL 连接字符串、postgres:// 地址",
    };

    public static Option<string?> ActorOption() => new("--actor")
    {
        Description = "经办人（写入审计记录；默认当前系统用户名）",
    };

    public static bool IsPostgreSql(string db) =>
        db.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static async Task<ITrackingStore> OpenAsync(string? db, CancellationToken ct)
    {
        var target = string.IsNullOrWhiteSpace(db) ? DefaultDatabasePath : db;
        ITrackingStore store = IsPostgreSql(target) ? new PostgreSqlTrackingStore(target) : new SqliteTrackingStore(target);
        try
        {
            await store.MigrateAsync(ct).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static string Actor(string? actor) => string.IsNullOrWhiteSpace(actor) ? Environment.UserName : actor;

    public static DateOnly ParseDate(string text, string option)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new FormatException($"{option} 的值“{text}”不是有效日期，应为 YYYY-MM-DD。");
    }

    public static DateOnly? ParseOptionalDate(string? text, string option) => text is null ? null : ParseDate(text, option);

    /// <summary>Runs a command body, turning the errors a user can cause into a Chinese message and exit code 2.</summary>
    public static async Task<int> RunAsync(TextWriter stderr, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TrackingException or FormatException or ArgumentException or IOException or UnauthorizedAccessException or DbException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"错误：{ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
    }

    public static string Date(DateOnly? date) => date is { } d ? TrackingNames.Iso(d) : "—";
}
