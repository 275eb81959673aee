namespace LegalReview.Analysis;

/// <summary>Whether a document is one the legality review of normative documents is meant for.</summary>
public enum ReviewScope
{
    /// <summary>A normative document (办法、规定、细则、意见、通知 …): reviewed in full.</summary>
    Normative,

    /// <summary>
    /// A document the review guidance puts outside legality review: internal work rules (工作规则、议事规则),
    /// work plans (工作方案、工作要点), minutes (会议纪要), replies (批复、复函), letters (函), reports.
    /// </summary>
    OutOfScope,
}
