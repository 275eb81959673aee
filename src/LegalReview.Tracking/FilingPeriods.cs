namespace LegalReview.Tracking;

/// <summary>
/// The periods the filing workflow counts, in calendar days: the filing deadline after publication, the reply to a
/// request for explanation, and the correction. The workflow takes them from the review profile in force.
/// </summary>
/// <param name="FilingDeadlineDays">Days after publication within which a document is filed (公布之日起N日内).</param>
/// <param name="ExplanationReplyDays">Days to answer a notice asking for a supplementary explanation.</param>
/// <param name="CorrectionDays">Days to correct a document found unlawful.</param>
internal readonly record struct FilingPeriods(int FilingDeadlineDays, int ExplanationReplyDays, int CorrectionDays);
