namespace LegalReview.Tracking;

/// <summary>The states a filing moves through (§4.3 of the rule catalogue).</summary>
public enum FilingStatus
{
    /// <summary>待报送: published, the filing clock runs.</summary>
    Pending,

    /// <summary>已报送: submitted, awaiting the formal check (待登记).</summary>
    Submitted,

    /// <summary>予以登记.</summary>
    Registered,

    /// <summary>不予登记: not within the filing scope (退回).</summary>
    NotRegistered,

    /// <summary>暂缓登记: the package is incomplete and must be resupplied (待补正).</summary>
    Deferred,

    /// <summary>审查中: substantive review.</summary>
    UnderReview,

    /// <summary>需补充说明: a supplementary-explanation notice was issued; the issuer must answer by the reply deadline.</summary>
    ExplanationRequested,

    /// <summary>审查通过: no objection, archived.</summary>
    Approved,

    /// <summary>纠错: the issuer must correct by the correction deadline.</summary>
    CorrectionRequired,

    /// <summary>已纠正.</summary>
    Corrected,

    /// <summary>撤销: annulled because it was not corrected.</summary>
    Annulled,
}
