using System.Text;

namespace LegalReview.SampleHost.Data;

/// <summary>
/// <c>create-admin NAME</c>: creates an administrator, or resets the password of an existing one, reading the password
/// from standard input so that it never appears in the command line or the shell history.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Count != 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            await error.WriteLineAsync("用法：dotnet run -- create-admin 用户名   （密码从标准输入读取）");
            return 2;
        }

        var database = services.GetRequiredService<SqliteDatabase>();
        var users = services.GetRequiredService<UserStore>();
        await database.EnsureCreatedAsync();
        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            await output.WriteAsync("密码：");
        }

        var password = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected ? ReadHidden() : await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("未读到密码。");
            return 2;
        }

        try
        {
            var existing = await users.FindByNameAsync(args[1]);
            if (existing is null)
            {
                await users.CreateAsync(args[1], Security.Roles.Admin, password);
                await output.WriteLineAsync($"已创建管理员“{args[1].Trim()}”。");
            }
            else if (existing.Role == Security.Roles.Admin)
            {
                await users.SetPasswordAsync(existing, password);
                await output.WriteLineAsync($"已重设管理员“{existing.Name}”的密码。");
            }
            else
            {
                await error.WriteLineAsync($"用户“{existing.Name}”已存在且不是管理员。");
                return 1;
            }
        }
        catch (UserStoreException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }

        return 0;
    }

    private static string ReadHidden()
    {
        var sb = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return sb.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (sb.Length > 0)
                {
                    sb.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                sb.Append(key.KeyChar);
            }
        }
    }
}
