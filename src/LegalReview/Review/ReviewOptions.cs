namespace LegalReview.Review;

/// <summary>
/// Review configuration, the same shape in <c>legalreview.json</c> and in the <c>LegalReview</c> section of a host's
/// appsettings.json: which rules run and at what severity, the profile, the issuer's own 文号 series, known issuers,
/// suppressions and the optional law library.
/// </summary>
public sealed class ReviewOptions
{
    /// <summary>The profile: "national" (default) or "fujian".</summary>
    public string Profile { get; set; } = "national";

    /// <summary>Overrides of the chosen profile's thresholds.</summary>
    public ReviewProfileOverrides ProfileOverrides { get; set; } = new();

    /// <summary>
    /// Rule settings by rule id or category name: "off", "on", "error", "warning" or "info".
    /// An id setting wins over a category setting. Example: <c>{ "LR5008": "off", "form": "info" }</c>.
    /// </summary>
    public Dictionary<string, string> Rules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The issuer's own 规范性文件 文号 series (e.g. "晋政规", "晋政办规").</summary>
    public List<string> DocumentNumberSeries { get; set; } = [];

    /// <summary>Bodies registered as lawful issuers (制定主体清单).</summary>
    public List<string> KnownIssuers { get; set; } = [];

    /// <summary>Findings a reviewer has judged lawful: kept in the report, marked suppressed.</summary>
    public List<SuppressionEntry> Suppressions { get; set; } = [];

    /// <summary>A folder of law texts (one markdown file per law and version) for article-level checks; optional.</summary>
    public string? LawLibraryPath { get; set; }

    /// <summary>Whether a content finding is downgraded when its clause cites a specific authorising article. Default true.</summary>
    public bool DowngradeWhenBasisCited { get; set; } = true;

    /// <summary>The classifier stage: on or off, and per-label thresholds. Used only when a classifier is registered.</summary>
    public ClassifierOptions Classifier { get; set; } = new();
}

/// <summary>Overrides of profile thresholds; null keeps the profile's value.</summary>
public sealed class ReviewProfileOverrides
{
    /// <summary>See <see cref="ReviewProfile.FilingDeadlineDays"/>.</summary>
    public int? FilingDeadlineDays { get; set; }

    /// <summary>See <see cref="ReviewProfile.ValidityCapYears"/>.</summary>
    public int? ValidityCapYears { get; set; }

    /// <summary>See <see cref="ReviewProfile.ProvisionalValidityCapYears"/>.</summary>
    public int? ProvisionalValidityCapYears { get; set; }

    /// <summary>See <see cref="ReviewProfile.MinimumEffectiveGapDays"/>.</summary>
    public int? MinimumEffectiveGapDays { get; set; }

    /// <summary>See <see cref="ReviewProfile.MarketCommentPeriodDays"/>.</summary>
    public int? MarketCommentPeriodDays { get; set; }

    /// <summary>See <see cref="ReviewProfile.CommentPeriodWorkingDays"/>.</summary>
    public int? CommentPeriodWorkingDays { get; set; }

    /// <summary>See <see cref="ReviewProfile.StrictValidity"/>.</summary>
    public bool? StrictValidity { get; set; }

    internal ReviewProfile ApplyTo(ReviewProfile p) => p with
    {
        FilingDeadlineDays = FilingDeadlineDays ?? p.FilingDeadlineDays,
        ValidityCapYears = ValidityCapYears ?? p.ValidityCapYears,
        ProvisionalValidityCapYears = ProvisionalValidityCapYears ?? p.ProvisionalValidityCapYears,
        MinimumEffectiveGapDays = MinimumEffectiveGapDays ?? p.MinimumEffectiveGapDays,
        MarketCommentPeriodDays = MarketCommentPeriodDays ?? p.MarketCommentPeriodDays,
        CommentPeriodWorkingDays = CommentPeriodWorkingDays ?? p.CommentPeriodWorkingDays,
        StrictValidity = StrictValidity ?? p.StrictValidity,
    };
}

/// <summary>
/// A reviewer's judgement that one rule's finding at one provision is lawful. Matches by rule id and location label
/// (e.g. "第十二条第二款"), optionally narrowed to findings whose quote contains <see cref="Quote"/>.
/// </summary>
public sealed class SuppressionEntry
{
    /// <summary>The rule id.</summary>
    public string RuleId { get; set; } = string.Empty;

    /// <summary>The location label, as shown in findings.</summary>
    public string Location { get; set; } = string.Empty;

    /// <summary>Part of the quoted words, to narrow the match; optional.</summary>
    public string? Quote { get; set; }

    /// <summary>Who judged it lawful.</summary>
    public string By { get; set; } = string.Empty;

    /// <summary>Why.</summary>
    public string Reason { get; set; } = string.Empty;
}
