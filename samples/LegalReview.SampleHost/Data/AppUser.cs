namespace LegalReview.SampleHost.Data;

/// <summary>
/// A user of the host: a name, one role, a password hash, an optional API key (stored hashed), the security stamp that
/// every session carries (changed on sign-out, password, role or status changes, which ends the other sessions),
/// whether the account is disabled, and for a drafting user the unit it submits for.
/// </summary>
public sealed record AppUser(long Id, string Name, string Role, string PasswordHash, bool HasApiKey, string SecurityStamp = "", bool Disabled = false, string? Unit = null);
