namespace LegalReview.SampleHost;

/// <summary>The host's own settings, bound from the <c>SampleHost</c> configuration section.</summary>
public sealed class SampleHostOptions
{
    public const string SectionName = "SampleHost";

    /// <summary>Largest accepted draft, in bytes (default 20 MB).</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Reviews that may run at the same time (default 2); the rules are CPU-bound.</summary>
    public int MaxConcurrentReviews { get; set; } = 2;

    /// <summary>Reviews that may wait for a slot (default 16); beyond that a request is answered 503.</summary>
    public int MaxQueuedReviews { get; set; } = 16;

    /// <summary>Review results kept in memory for viewing cases (default 64).</summary>
    public int CachedReviews { get; set; } = 64;

    /// <summary>The first administrator, created at start-up when both values are set (environment variables or user secrets).</summary>
    public AdminSeed Admin { get; set; } = new();

    /// <summary>The reviewing body (审核机构) printed on the opinion letter and as the annotations' author.</summary>
    public string Reviewer { get; set; } = "晋江市司法局";

    /// <summary>Imports the bundled tracking seed (2024 filings, project library and review cases) at start-up.</summary>
    public bool SeedTracking { get; set; }

    /// <summary>The first administrator's credentials; never committed to source.</summary>
    public sealed class AdminSeed
    {
        public string? User { get; set; }

        public string? Password { get; set; }
    }
}
