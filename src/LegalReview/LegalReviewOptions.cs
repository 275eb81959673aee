using LegalReview.Documents.Reading;
using LegalReview.Review;

namespace LegalReview;

/// <summary>
/// Everything a host configures, bound from the <c>LegalReview</c> section of appsettings.json or from
/// <c>legalreview.json</c>: the review configuration and the reader's input limits.
/// </summary>
public sealed class LegalReviewOptions
{
    /// <summary>The configuration section name hosts bind from.</summary>
    public const string SectionName = "LegalReview";

    /// <summary>Rules, profile, series, issuers, suppressions, law library.</summary>
    public ReviewOptions Review { get; set; } = new();

    /// <summary>Input limits for the readers.</summary>
    public DocumentReaderOptions Reader { get; set; } = new();
}
