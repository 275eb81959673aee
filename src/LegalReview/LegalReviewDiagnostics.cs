namespace LegalReview;

/// <summary>
/// Names of the <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>
/// the review service reports through, for hosts that export them (for example with OpenTelemetry's
/// <c>AddSource(LegalReviewDiagnostics.ActivitySourceName)</c> and <c>AddMeter(LegalReviewDiagnostics.MeterName)</c>).
/// </summary>
public static class LegalReviewDiagnostics
{
    /// <summary>The activity source name; one activity "LegalReview.Review" per reviewed document.</summary>
    public const string ActivitySourceName = "LegalReview";

    /// <summary>The meter name.</summary>
    public const string MeterName = "LegalReview";

    /// <summary>Histogram of review duration (reading and rules), in seconds, tagged <c>outcome</c> ("success" or "failure").</summary>
    public const string ReviewDuration = "legalreview.review.duration";

    /// <summary>Counter of documents reviewed successfully, tagged <c>profile</c>.</summary>
    public const string Documents = "legalreview.documents";

    /// <summary>Counter of findings, tagged <c>category</c> and <c>severity</c> (suppressed findings are not counted).</summary>
    public const string Findings = "legalreview.findings";

    /// <summary>Counter of failed reviews, tagged <c>reason</c> (a <see cref="Documents.Reading.DocumentReadError"/> name, "cancelled" or "error").</summary>
    public const string Failures = "legalreview.failures";
}
