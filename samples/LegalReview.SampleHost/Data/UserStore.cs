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
    /// <summary>Wrong passwords in a row after which an account is locked.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private const string UserColumns = "id, name, role, password_hash, api_key_hash IS NOT NULL, security_stamp, disabled, unit";

    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 8;

    private readonly PasswordHasher<AppUser> _hasher = new();

    /// <summary>Creates a user; fails when the name is taken, the role unknown or the password too short.</summary>
    public async Task<AppUser> CreateAsync(string name, string role, string password, CancellationToken cancellationToken = default, string? unit = null)
    {
        unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        if (unit is { Length: > 100 })
        {
            throw new UserStoreException("单位名称不超过 100 个字符。");
        }

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
        cmd.CommandText = "INSERT INTO users (name, role, password_hash, created_at, security_stamp, unit) VALUES ($n, $r, $h, $t, $s, $u) RETURNING id";
        var stamp = NewStamp();
        cmd.Parameters.AddWithValue("$s", stamp);
        cmd.Parameters.AddWithValue("$u", (object?)unit ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$n", name);
        cmd.Parameters.AddWithValue("$r", role);
        cmd.Parameters.AddWithValue("$h", hash);
        cmd.Parameters.AddWithValue("$t", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        var id = (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
        return new AppUser(id, name, role, hash, false, stamp, false, unit);
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
        // A new password ends every other session.
        cmd.CommandText = "UPDATE users SET password_hash = $h, security_stamp = $s, failed_sign_ins = 0, locked_until = NULL WHERE id = $id";
        cmd.Parameters.AddWithValue("$s", NewStamp());
        cmd.Parameters.AddWithValue("$h", _hasher.HashPassword(user, password));
        cmd.Parameters.AddWithValue("$id", user.Id);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Finds a user by name (case-insensitive).</summary>
    public async Task<AppUser?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {UserColumns} FROM users WHERE name = $n";
        cmd.Parameters.AddWithValue("$n", name.Trim());
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? Read(r) : null;
    }

    /// <summary>
    /// Checks a password. After <see cref="MaxFailedSignIns"/> wrong passwords in a row the account is locked for
    /// <see cref="LockoutDuration"/>: even the right password is refused until then. A disabled account never signs in.
    /// </summary>
    public async Task<SignInCheck> VerifyPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var user = await FindByNameAsync(name, cancellationToken);
        if (user is null)
        {
            // Hash anyway so that an unknown name costs as long as a wrong password.
            _hasher.VerifyHashedPassword(new AppUser(0, name, string.Empty, string.Empty, false), DummyHash, password);
            return new SignInCheck(null, SignInOutcome.Failed);
        }

        var now = clock.GetUtcNow();
        await using var c = await database.OpenAsync(cancellationToken);
        await using (var locked = c.CreateCommand())
        {
            locked.CommandText = "SELECT locked_until FROM users WHERE id = $id";
            locked.Parameters.AddWithValue("$id", user.Id);
            if (await locked.ExecuteScalarAsync(cancellationToken) is string until
                && DateTimeOffset.Parse(until, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) > now)
            {
                return new SignInCheck(null, SignInOutcome.LockedOut);
            }
        }

        var outcome = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (outcome == PasswordVerificationResult.Failed)
        {
            await using var fail = c.CreateCommand();
            fail.CommandText = """
                UPDATE users SET
                    locked_until = CASE WHEN failed_sign_ins + 1 >= $max THEN $until ELSE NULL END,
                    failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= $max THEN 0 ELSE failed_sign_ins + 1 END
                WHERE id = $id
                """;
            fail.Parameters.AddWithValue("$max", MaxFailedSignIns);
            fail.Parameters.AddWithValue("$until", (now + LockoutDuration).ToString("O", CultureInfo.InvariantCulture));
            fail.Parameters.AddWithValue("$id", user.Id);
            await fail.ExecuteNonQueryAsync(cancellationToken);
            return new SignInCheck(null, SignInOutcome.Failed);
        }

        if (user.Disabled)
        {
            return new SignInCheck(null, SignInOutcome.Disabled);
        }

        await using (var ok = c.CreateCommand())
        {
            ok.CommandText = "UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = $id";
            ok.Parameters.AddWithValue("$id", user.Id);
            await ok.ExecuteNonQueryAsync(cancellationToken);
        }

        if (outcome == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await SetPasswordAsync(user, password, cancellationToken);
            user = await FindByIdAsync(user.Id, cancellationToken) ?? user;
        }

        return new SignInCheck(user, SignInOutcome.Succeeded);
    }

    /// <summary>All users, by name.</summary>
    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {UserColumns} FROM users ORDER BY name";
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
        cmd.CommandText = $"SELECT {UserColumns}, api_key_hash FROM users WHERE api_key_id = $k";
        cmd.Parameters.AddWithValue("$k", key[..dot]);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            return null;
        }

        var expected = Convert.FromHexString(r.GetString(8));
        var actual = Convert.FromHexString(HashSecret(key[(dot + 1)..]));
        return CryptographicOperations.FixedTimeEquals(expected, actual) && !r.GetBoolean(6) ? Read(r) : null;
    }

    private static readonly string DummyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(0, string.Empty, string.Empty, string.Empty, false), "not-a-password");

    private static AppUser Read(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4), r.GetString(5), r.GetBoolean(6), r.IsDBNull(7) ? null : r.GetString(7));

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Finds a user by id.</summary>
    public async Task<AppUser?> FindByIdAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {UserColumns} FROM users WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? Read(r) : null;
    }

    /// <summary>Gives the user a new security stamp, which ends every session signed in before (sign-out everywhere).</summary>
    public Task RotateStampAsync(long id, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, "security_stamp = $s", cancellationToken, ("$s", NewStamp()));

    /// <summary>Changes a user's role; the user's sessions end, so the new role applies at once.</summary>
    public Task SetRoleAsync(long id, string role, CancellationToken cancellationToken = default) =>
        Security.Roles.IsKnown(role)
            ? UpdateAsync(id, "role = $r, security_stamp = $s", cancellationToken, ("$r", role), ("$s", NewStamp()))
            : throw new UserStoreException("角色无效。");

    /// <summary>Disables (or enables again) a user: a disabled user cannot sign in, its sessions end and its API key stops working.</summary>
    public Task SetDisabledAsync(long id, bool disabled, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, "disabled = $d, security_stamp = $s", cancellationToken, ("$d", disabled), ("$s", NewStamp()));

    /// <summary>Binds a user to its unit (for a drafting user, the unit it submits for and letters are addressed to).</summary>
    public Task SetUnitAsync(long id, string? unit, CancellationToken cancellationToken = default)
    {
        unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        return unit is { Length: > 100 }
            ? throw new UserStoreException("单位名称不超过 100 个字符。")
            : UpdateAsync(id, "unit = $u", cancellationToken, ("$u", (object?)unit ?? DBNull.Value));
    }

    private async Task UpdateAsync(long id, string set, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"UPDATE users SET {set} WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        foreach (var (name, value) in values)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        if (await cmd.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new UserStoreException("用户不存在。");
        }
    }

    private static string HashSecret(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
