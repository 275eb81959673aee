namespace LegalReview.SampleHost.Api;

/// <summary>The review conclusion: 合法, 修改后合法 or 不合法, with an optional note.</summary>
public sealed record ConclusionRequest(string Conclusion, string? Note);
