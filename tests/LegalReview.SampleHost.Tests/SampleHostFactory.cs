using LegalReview.SampleHost.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

/// <summary>The host over a fresh SQLite file in a temporary folder, with a first administrator from configuration.</summary>
public sealed class SampleHostFactory : WebApplicationFactory<Program>
{
    public const string AdminName = "admin";
    public const string AdminPassword = "Admin-pass-2024";
    public const string UserPassword = "User-pass-2024";

    private readonly string _folder;
    private readonly bool _ownsFolder;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="maxUploadBytes">The upload limit.</param>
    /// <param name="folder">An existing data folder to start on (a "restart"); kept on dispose. Null for a fresh temporary one.</param>
    /// <param name="settings">Further configuration, e.g. a rule switched off.</param>
    /// <param name="services">Further services, e.g. a stand-in classifier; registered after the host's own.</param>
    public SampleHostFactory(long maxUploadBytes = 1024 * 1024, string? folder = null, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        MaxUploadBytes = maxUploadBytes;
        _ownsFolder = folder is null;
        _folder = folder ?? Directory.CreateTempSubdirectory("samplehost-tests-").FullName;
        _settings = settings ?? new Dictionary<string, string>();
    }

    /// <summary>The folder holding the databases.</summary>
    public string Folder => _folder;

    public long MaxUploadBytes { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:SampleHost", $"Data Source={Path.Combine(_folder, "host.db")}");
        builder.UseSetting("ConnectionStrings:Tracking", $"Data Source={Path.Combine(_folder, "tracking.db")}");
        builder.UseSetting("SampleHost:Admin:User", AdminName);
        builder.UseSetting("SampleHost:Admin:Password", AdminPassword);
        builder.UseSetting("SampleHost:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Many sign-ins from one test address: the per-address sign-in limit is tested on its own.
        builder.UseSetting("SampleHost:SignInsPerMinute", "10000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>Creates a user with a role unless it exists, and returns its name.</summary>
    public async Task<string> EnsureUserAsync(string name, string role)
    {
        var users = Services.GetRequiredService<UserStore>();
        if (await users.FindByNameAsync(name) is null)
        {
            await users.CreateAsync(name, role, UserPassword);
        }

        return name;
    }

    /// <summary>Issues an API key to a (new or existing) user with the role.</summary>
    public async Task<string> ApiKeyAsync(string name, string role)
    {
        await EnsureUserAsync(name, role);
        var users = Services.GetRequiredService<UserStore>();
        var user = await users.FindByNameAsync(name);
        return await users.IssueApiKeyAsync(user!.Id);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_ownsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        else if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the runtime; the temp folder is reclaimed by the OS.
            }
        }
    }
}
