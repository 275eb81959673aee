using LegalReview.Documents.Reading;
using LegalReview.Review;
using Microsoft.Extensions.Options;

namespace LegalReview;

/// <summary>
/// Checks <see cref="LegalReviewOptions"/> when the host starts (through <c>ValidateOnStart</c>) rather than at the
/// first review, and reports every problem at once, in Chinese, so the administrator who edited appsettings.json sees
/// all of them in one start-up failure.
/// </summary>
internal sealed class LegalReviewOptionsValidator : IValidateOptions<LegalReviewOptions>
{
    private readonly HashSet<string> _ruleIds;

    public LegalReviewOptionsValidator(IEnumerable<ReviewRule> rules, bool withClassifier)
    {
        _ruleIds = rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (withClassifier)
        {
            _ruleIds.UnionWith(ClassifierLabels.RuleIds);
        }
    }

    public ValidateOptionsResult Validate(string? name, LegalReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateReview(options.Review, failures);
        ValidateReader(options.Reader, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void ValidateReview(ReviewOptions review, List<string> failures)
    {
        if (ReviewProfile.Find(review.Profile) is null)
        {
            failures.Add($"LegalReview:Review:Profile：未知的审查配置“{review.Profile}”，可选：{string.Join("、", ReviewProfile.BuiltIn.Select(p => p.Name))}。");
        }

        foreach (var (key, value) in review.Rules)
        {
            if (!_ruleIds.Contains(key) && !RuleCategories.TryParse(key, out _))
            {
                failures.Add($"LegalReview:Review:Rules：规则“{key}”不存在，既不是已登记的规则编号，也不是规则类别（{string.Join("、", Enum.GetValues<RuleCategory>().Select(c => c.ToName()))}）。");
            }

            if (value is null || ReviewEngine.ParseSetting(value) is null)
            {
                failures.Add($"LegalReview:Review:Rules：规则“{key}”的设置“{value}”无效，可选：off、on、error、warning、info。");
            }
        }

        for (var i = 0; i < review.Suppressions.Count; i++)
        {
            var s = review.Suppressions[i];
            if (!_ruleIds.Contains(s.RuleId))
            {
                failures.Add($"LegalReview:Review:Suppressions:{i}：豁免记录中的规则编号“{s.RuleId}”不存在。");
            }

            if (string.IsNullOrWhiteSpace(s.Location))
            {
                failures.Add($"LegalReview:Review:Suppressions:{i}：规则 {s.RuleId} 的豁免记录未写明位置（location），例如“第十二条第二款”。");
            }

            if (string.IsNullOrWhiteSpace(s.By) || string.IsNullOrWhiteSpace(s.Reason))
            {
                failures.Add($"LegalReview:Review:Suppressions:{i}：规则 {s.RuleId} 的豁免记录必须写明决定人（by）和理由（reason）。");
            }
        }

        var o = review.ProfileOverrides;
        NotNegative(failures, "Review:ProfileOverrides:FilingDeadlineDays", o.FilingDeadlineDays);
        NotNegative(failures, "Review:ProfileOverrides:ValidityCapYears", o.ValidityCapYears);
        NotNegative(failures, "Review:ProfileOverrides:ProvisionalValidityCapYears", o.ProvisionalValidityCapYears);
        NotNegative(failures, "Review:ProfileOverrides:MinimumEffectiveGapDays", o.MinimumEffectiveGapDays);
        NotNegative(failures, "Review:ProfileOverrides:MarketCommentPeriodDays", o.MarketCommentPeriodDays);
        NotNegative(failures, "Review:ProfileOverrides:CommentPeriodWorkingDays", o.CommentPeriodWorkingDays);

        var c = review.Classifier;
        if (c.DefaultThreshold is < 0 or > 1 || double.IsNaN(c.DefaultThreshold))
        {
            failures.Add($"LegalReview:Review:Classifier:DefaultThreshold：阈值“{c.DefaultThreshold}”应在 0 至 1 之间。");
        }

        foreach (var (label, threshold) in c.Thresholds)
        {
            if (threshold is < 0 or > 1 || double.IsNaN(threshold))
            {
                failures.Add($"LegalReview:Review:Classifier:Thresholds:{label}：阈值“{threshold}”应在 0 至 1 之间。");
            }
        }
    }

    private static void ValidateReader(DocumentReaderOptions r, List<string> failures)
    {
        Positive(failures, "Reader:MaxFileBytes", r.MaxFileBytes);
        Positive(failures, "Reader:MaxPartBytes", r.MaxPartBytes);
        Positive(failures, "Reader:MaxTotalUncompressedBytes", r.MaxTotalUncompressedBytes);
        Positive(failures, "Reader:MaxCompressionRatio", r.MaxCompressionRatio);
        Positive(failures, "Reader:MaxParts", r.MaxParts);
        Positive(failures, "Reader:MaxParagraphs", r.MaxParagraphs);
        Positive(failures, "Reader:MaxTableCells", r.MaxTableCells);
        Positive(failures, "Reader:MaxXmlDepth", r.MaxXmlDepth);
    }

    private static void NotNegative(List<string> failures, string key, int? value)
    {
        if (value is < 0)
        {
            failures.Add($"LegalReview:{key}：数值“{value}”不得为负数。");
        }
    }

    private static void Positive(List<string> failures, string key, double value)
    {
        // A zero limit would refuse every document, which is never what an administrator means.
        if (!(value > 0))
        {
            failures.Add($"LegalReview:{key}：上限“{value}”必须大于零。");
        }
    }
}
