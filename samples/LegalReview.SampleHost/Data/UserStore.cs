using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace LegalReview.SampleHost.Data;

/// <summary>
/// Users in SQLite. Passwords are hashed with <see cref="PasswordHasher{TUser}"/>; API keys are random, shown once and
/// stored as a key id plus the SHA-256 of the secret (a key has full entropy, so a slow hash buys nothing).
/// </summary>
public sealed class UserStore(SqliteDatabase database, TimeProvider clock)
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 8;

    private readonly PasswordHasher<AppUser> _hasher = new();

    /// <summary>Creates a user; fails when the name is taken, the role unknown or the password too short.</summary>
    public async Task<AppUser> CreateAsync(string name, string role, string password, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > 64)
        {
            throw new UserStoreException("用户名不能为空，且不超过 64 个字符。");
        }

        if (!Security.Roles.IsKnown(role))
        {
            throw new UserStoreException("角色无效。");
        }

        if (password.Length < MinimumPasswordLength)
        {
            throw new UserStoreException($"密码不得少于 {MinimumPasswordLength} 个字符。");
        }

        if (await FindByNameAsync(name, cancellationToken) is not null)
        {
            throw new UserStoreException($"用户名“{name}”已存在。");
        }

        var hash = _hasher.HashPassword(new AppUser(0, name, role, string.Empty, false), password);
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO users (name, role, password_hash, created_at) VALUES ($n, $r, $h, $t) RETURNING id";
        cmd.Parameters.AddWithValue("$n", name);
        cmd.Parameters.AddWithValue("$r", role);
        cmd.Parameters.AddWithValue("$h", hash);
        cmd.Parameters.AddWithValue("$t", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        var id = (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
        return new AppUser(id, name, role, hash, false);
    }

    /// <summary>Replaces a user's password.</summary>
    public async Task SetPasswordAsync(AppUser user, string password, CancellationToken cancellationToken = default)
    {
        if (password.Length < MinimumPasswordLength)
        {
            throw new UserStoreException($"密码不得少于 {MinimumPasswordLength} 个字符。");
        }

        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE users SET password_hash = $h WHERE id = $id";
        cmd.Parameters.AddWithValue("$h", _hasher.HashPassword(user, password));
        cmd.Parameters.AddWithValue("$id", user.Id);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Finds a user by name (case-insensitive).</summary>
    public async Task<AppUser?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, name, role, password_hash, api_key_hash IS NOT NULL FROM users WHERE name = $n";
        cmd.Parameters.AddWithValue("$n", name.Trim());
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? Read(r) : null;
    }

    /// <summary>Checks a password; returns the user when it matches.</summary>
    public async Task<AppUser?> VerifyPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var user = await FindByNameAsync(name, cancellationToken);
        if (user is null)
        {
            // Hash anyway so that an unknown name costs as long as a wrong password.
            _hasher.VerifyHashedPassword(new AppUser(0, name, string.Empty, string.Empty, false), DummyHash, password);
            return null;
        }

        var outcome = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (outcome == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await SetPasswordAsync(user, password, cancellationToken);
        }

        return outcome == PasswordVerificationResult.Failed ? null : user;
    }

    /// <summary>All users, by name.</summary>
    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, name, role, password_hash, api_key_hash IS NOT NULL FROM users ORDER BY name";
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var list = new List<AppUser>();
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(Read(r));
        }

        return list;
    }

    /// <summary>Issues a new API key for a user, replacing any previous one. The returned key is not stored and cannot be shown again.</summary>
    public async Task<string> IssueApiKeyAsync(long userId, CancellationToken cancellationToken = default)
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE users SET api_key_id = $k, api_key_hash = $h WHERE id = $id";
        cmd.Parameters.AddWithValue("$k", keyId);
        cmd.Parameters.AddWithValue("$h", HashSecret(secret));
        cmd.Parameters.AddWithValue("$id", userId);
        if (await cmd.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new UserStoreException("用户不存在。");
        }

        return $"{keyId}.{secret}";
    }

    /// <summary>Finds the user an API key belongs to, or null.</summary>
    public async Task<AppUser?> FindByApiKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == key.Length - 1)
        {
            return null;
        }

        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, name, role, password_hash, 1, api_key_hash FROM users WHERE api_key_id = $k";
        cmd.Parameters.AddWithValue("$k", key[..dot]);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            return null;
        }

        var expected = Convert.FromHexString(r.GetString(5));
        var actual = Convert.FromHexString(HashSecret(key[(dot + 1)..]));
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? Read(r) : null;
    }

    private static readonly string DummyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(0, string.Empty, string.Empty, string.Empty, false), "not-a-password");

    private static AppUser Read(SqliteDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4));

    private static string HashSecret(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
