namespace LegalReview.Generation.Filing;

/// <summary>Which filing-review notice to write.</summary>
public enum FilingNoticeKind
{
    /// <summary>备案审查补充说明通知书: the issuer must explain the listed provisions or supply materials.</summary>
    SupplementaryExplanation,

    /// <summary>规范性文件备案审查建议书 (纠错建议): the issuer must correct the listed provisions itself and report back.</summary>
    Correction,
}
