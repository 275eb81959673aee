using LegalReview.Tracking;

namespace LegalReview.SampleHost.Api;

/// <summary>A year's figures and the paragraph of the annual report that states them.</summary>
public sealed record StatisticsResponse(AnnualStatistics Statistics, string Text);
