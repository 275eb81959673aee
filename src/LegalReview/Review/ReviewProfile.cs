namespace LegalReview.Review;

/// <summary>
/// The thresholds that vary by province: filing deadline, validity caps, comment periods, the publication-to-effect gap.
/// National baseline and Fujian presets are built in; every value can be overridden in configuration.
/// </summary>
/// <remarks>
/// Values marked unverified in the rule catalogue (most Fujian figures) are defaults to confirm against the
/// provincial text, which is why they are data here and not constants in rules.
/// </remarks>
public sealed record ReviewProfile
{
    /// <summary>The profile's key ("national", "fujian").</summary>
    public required string Name { get; init; }

    /// <summary>The profile's Chinese name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Days after publication within which a document must be filed (备案). National 30; Fujian 15 (unverified).</summary>
    public int FilingDeadlineDays { get; init; } = 30;

    /// <summary>The longest validity period in years. 5 in the examples found (Fujian unverified).</summary>
    public int ValidityCapYears { get; init; } = 5;

    /// <summary>The longest validity period for 暂行/试行 documents. 2 in the examples found.</summary>
    public int ProvisionalValidityCapYears { get; init; } = 2;

    /// <summary>The gap between publication and effect below which reasons are expected. 30 days.</summary>
    public int MinimumEffectiveGapDays { get; init; } = 30;

    /// <summary>Minimum public-comment period for texts closely tied to market players, in calendar days (优化营商环境条例 第62条: 30).</summary>
    public int MarketCommentPeriodDays { get; init; } = 30;

    /// <summary>Minimum public-comment period for other texts affecting rights and obligations, in working days (7).</summary>
    public int CommentPeriodWorkingDays { get; init; } = 7;

    /// <summary>Minimum legality-review time in working days (115号 "一般不少于5个工作日", unverified).</summary>
    public int LegalityReviewMinimumWorkingDays { get; init; } = 5;

    /// <summary>Working days within which a document must be published after signing (20).</summary>
    public int PublicationWorkingDays { get; init; } = 20;

    /// <summary>Days the issuer has to answer a request for supplementary explanation.</summary>
    public int ExplanationReplyDays { get; init; } = 15;

    /// <summary>Days the issuer has to correct after a 纠错 decision (法规规章备案审查条例 第21条 analogue: 30).</summary>
    public int CorrectionDays { get; init; } = 30;

    /// <summary>Months before expiry at which a document should be evaluated (6).</summary>
    public int ExpiryReminderMonths { get; init; } = 6;

    /// <summary>Whether the 有效期 rules report at error severity (strict profile) instead of warning.</summary>
    public bool StrictValidity { get; init; }

    /// <summary>The national baseline.</summary>
    public static ReviewProfile National { get; } = new() { Name = "national", DisplayName = "全国基准" };

    /// <summary>Fujian: filing within 15 days, comment period 30 days, 5/2-year validity caps (all unverified; confirm locally).</summary>
    public static ReviewProfile Fujian { get; } = National with
    {
        Name = "fujian",
        DisplayName = "福建省",
        FilingDeadlineDays = 15,
        MarketCommentPeriodDays = 30,
    };

    /// <summary>The built-in profiles.</summary>
    public static IReadOnlyList<ReviewProfile> BuiltIn { get; } = [National, Fujian];

    /// <summary>Finds a built-in profile by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The profile, or null.</returns>
    public static ReviewProfile? Find(string name) =>
        BuiltIn.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
