namespace LegalReview.Tracking;

/// <summary>The stage of a project-library item (§4.4 of the rule catalogue).</summary>
public enum ProjectStatus
{
    /// <summary>审核中: the justice bureau evaluates competence, necessity and duplication.</summary>
    UnderEvaluation,

    /// <summary>起草.</summary>
    Drafting,

    /// <summary>征求意见.</summary>
    SolicitingComments,

    /// <summary>公平竞争审查.</summary>
    FairCompetitionReview,

    /// <summary>合法性审核.</summary>
    LegalityReview,

    /// <summary>集体审议.</summary>
    CollectiveDeliberation,

    /// <summary>已印发: starts the publication, filing and validity clocks.</summary>
    Issued,

    /// <summary>不予立项, with a reason.</summary>
    Refused,
}
