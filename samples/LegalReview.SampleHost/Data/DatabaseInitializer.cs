using Microsoft.Extensions.Options;

namespace LegalReview.SampleHost.Data;

/// <summary>
/// Creates the tables at start-up and, when <c>SampleHost:Admin:User</c> and <c>SampleHost:Admin:Password</c> are
/// configured and no such user exists, the first administrator.
/// </summary>
public sealed partial class DatabaseInitializer(SqliteDatabase database, UserStore users, IOptions<SampleHostOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.EnsureCreatedAsync(cancellationToken);
        var admin = options.Value.Admin;
        if (string.IsNullOrWhiteSpace(admin.User) || string.IsNullOrEmpty(admin.Password))
        {
            return;
        }

        if (await users.FindByNameAsync(admin.User, cancellationToken) is null)
        {
            await users.CreateAsync(admin.User, Security.Roles.Admin, admin.Password, cancellationToken);
            LogCreated(logger, admin.User);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Created the first administrator {User} from configuration")]
    private static partial void LogCreated(ILogger logger, string user);
}
