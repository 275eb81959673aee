using LegalReview.Review;
using LegalReview.SampleHost.Data;
using Microsoft.Extensions.Options;

namespace LegalReview.SampleHost.Cases;

/// <summary>
/// Runs the library's review over a stored draft, with the case's rejected findings turned into
/// <see cref="ReviewOptions.Suppressions"/> entries. Suppressions belong to one case, while the registered
/// <see cref="ILegalReviewService"/> carries the host-wide options, so a case with rejections gets its own service
/// built by <c>AddLegalReview</c> from a copy of those options.
/// </summary>
public sealed class CaseReviewer(ILegalReviewService service, IOptions<LegalReviewOptions> options, ILoggerFactory loggers)
{
    public async Task<ReviewResult> ReviewAsync(byte[] content, string fileName, ReviewMetadata metadata, IReadOnlyList<FindingDecision> decisions, CancellationToken cancellationToken = default)
    {
        var suppressions = decisions.Where(d => !d.Accepted).Select(d => new SuppressionEntry
        {
            RuleId = d.RuleId,
            Location = d.Location,
            Quote = d.Quote,
            By = d.DecidedBy,
            Reason = d.Reason ?? string.Empty,
        }).ToList();

        using var stream = new MemoryStream(content, writable: false);
        if (suppressions.Count == 0)
        {
            return await service.ReviewAsync(stream, fileName, metadata, cancellationToken);
        }

        var baseline = options.Value;
        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddLegalReview(o =>
        {
            o.Reader = baseline.Reader;
            o.Review = CopyWith(baseline.Review, suppressions);
        });
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<ILegalReviewService>().ReviewAsync(stream, fileName, metadata, cancellationToken);
    }

    private static ReviewOptions CopyWith(ReviewOptions source, List<SuppressionEntry> caseSuppressions) => new()
    {
        Profile = source.Profile,
        ProfileOverrides = source.ProfileOverrides,
        Rules = new Dictionary<string, string>(source.Rules, StringComparer.OrdinalIgnoreCase),
        DocumentNumberSeries = [.. source.DocumentNumberSeries],
        KnownIssuers = [.. source.KnownIssuers],
        Suppressions = [.. source.Suppressions, .. caseSuppressions],
        LawLibraryPath = source.LawLibraryPath,
        DowngradeWhenBasisCited = source.DowngradeWhenBasisCited,
    };
}
