using LegalReview.Classifier;
using LegalReview.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LegalReview.Cli;

/// <summary>Builds the library's services the way a host would, through <c>AddLegalReview</c>.</summary>
internal static class ServiceFactory
{
    public static ILegalReviewService Create(LegalReviewOptions options)
    {
        var provider = Build(options);
        return provider.GetRequiredService<ILegalReviewService>();
    }

    public static ServiceProvider Build(LegalReviewOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(
            Environment.GetEnvironmentVariable("LEGALREVIEW_LOG") is { } level && Enum.TryParse<LogLevel>(level, true, out var l) ? l : LogLevel.Warning));
        services.AddLegalReview(o =>
        {
            o.Review = options.Review;
            o.Reader = options.Reader;
        });
        services.AddLegalReviewClassifier();
        return services.BuildServiceProvider();
    }
}
