using LegalReview.Testing;

namespace LegalReview.Tracking.Tests.Stores;

[TestFixture]
public sealed class SqliteTrackingStoreTests : TrackingStoreContract
{
    private TempDirectory _folder = null!;

    [OneTimeSetUp]
    public void CreateFolder() => _folder = new TempDirectory("lr-tracking-store-");

    [OneTimeTearDown]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    protected override Task<ITrackingStore> CreateEmptyStoreAsync()
    {
        var path = _folder.Combine($"tracking-{Guid.NewGuid():N}.db");
        return Task.FromResult<ITrackingStore>(new SqliteTrackingStore(path));
    }

    protected override async Task DeleteStoreAsync(ITrackingStore store)
    {
        var path = ((SqliteTrackingStore)store).FilePath;
        await store.DisposeAsync();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Database_IsInWalModeWithASchemaVersion()
    {
        var path = _folder.Combine($"tracking-{Guid.NewGuid():N}.db");
        await using (var store = new SqliteTrackingStore(path))
        {
            await store.MigrateAsync();
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("wal"));
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(1L));
        await connection.CloseAsync();
        File.Delete(path);
    }

    [Test]
    public async Task Database_FromANewerVersion_IsRefused()
    {
        var path = _folder.Combine($"tracking-{Guid.NewGuid():N}.db");
        await using (var store = new SqliteTrackingStore(path))
        {
            await store.MigrateAsync();
        }

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version) VALUES (99)";
            await command.ExecuteNonQueryAsync();
        }

        await using (var store = new SqliteTrackingStore(path))
        {
            Assert.That(async () => await store.MigrateAsync(), Throws.TypeOf<TrackingException>().With.Message.Contains("高于本程序支持的版本"));
        }

        File.Delete(path);
    }
}
