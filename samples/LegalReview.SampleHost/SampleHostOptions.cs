namespace LegalReview.SampleHost;

/// <summary>The host's own settings, bound from the <c>SampleHost</c> configuration section.</summary>
public sealed class SampleHostOptions
{
    public const string SectionName = "SampleHost";

    /// <summary>Largest accepted draft, in bytes (default 20 MB).</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most characters of text one draft may have (default 300,000, several times the longest real 规范性文件); beyond it 413.</summary>
    public int MaxDraftCharacters { get; set; } = 300_000;

    /// <summary>Most provisions (条、款、项) one draft may have (default 3,000); beyond it 422.</summary>
    public int MaxDraftProvisions { get; set; } = 3_000;

    /// <summary>Findings listed per page of the review page (default 100); the rest are on further pages.</summary>
    public int FindingsPerPage { get; set; } = 100;

    /// <summary>Most findings in one JSON answer (default 500); the rest are fetched with <c>offset</c>.</summary>
    public int MaxFindingsPerResponse { get; set; } = 500;

    /// <summary>Requests one user (or, signed out, one address) may make per minute (default 600); beyond it 429.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Reviews (submissions and re-reviews) one user may start per minute (default 20); beyond it 429.</summary>
    public int ReviewsPerMinute { get; set; } = 20;

    /// <summary>Requests to the sign-in page one client address may make per minute (default 20); beyond it 429.</summary>
    public int SignInsPerMinute { get; set; } = 20;

    /// <summary>Longest time a request may take, in seconds (default 120); beyond it 504.</summary>
    public double RequestTimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are trusted (e.g. "127.0.0.1");
    /// empty (the default) when clients connect directly.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>The host's time zone (IANA or Windows id; default "Asia/Shanghai", China Standard Time) for every date and time it shows or records.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

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
