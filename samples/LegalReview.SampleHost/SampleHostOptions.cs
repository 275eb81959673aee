namespace LegalReview.SampleHost;

/// <summary>The host's own settings, bound from the <c>SampleHost</c> configuration section.</summary>
public sealed class SampleHostOptions
{
    public const string SectionName = "SampleHost";

    /// <summary>Largest accepted draft, in bytes (default 20 MB).</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The first administrator, created at start-up when both values are set (environment variables or user secrets).</summary>
    public AdminSeed Admin { get; set; } = new();

    /// <summary>The first administrator's credentials; never committed to source.</summary>
    public sealed class AdminSeed
    {
        public string? User { get; set; }

        public string? Password { get; set; }
    }
}
