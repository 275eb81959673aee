using LegalReview.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace LegalReview.Classifier;

/// <summary>Registers the provision classifier as a stage of the LegalReview pipeline.</summary>
public static class ClassifierServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ProvisionClassifier"/> as the <see cref="IProvisionClassifier"/> that
    /// <c>AddLegalReview</c>'s engine runs after the rules. Thresholds and on/off live in
    /// <c>ReviewOptions.Classifier</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets a model path or the explanation length; the embedded model when omitted.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLegalReviewClassifier(this IServiceCollection services, Action<ProvisionClassifierOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ProvisionClassifierOptions();
        configure?.Invoke(options);
        services.TryAddSingleton<IProvisionClassifier>(sp => new ProvisionClassifier(options, sp.GetService<ILogger<ProvisionClassifier>>()));
        return services;
    }
}
