namespace LegalReview.SampleHost.Data;

/// <summary>A user of the host: a name, one role, a password hash and an optional API key (stored hashed).</summary>
public sealed record AppUser(long Id, string Name, string Role, string PasswordHash, bool HasApiKey);
