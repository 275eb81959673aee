using LegalReview.Calendar;
using LegalReview.Documents.Reading;
using LegalReview.Knowledge;
using LegalReview.Review;
using LegalReview.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LegalReview;

/// <summary>Registers LegalReview with Microsoft.Extensions.DependencyInjection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the reader, the reference data, the built-in rules, the engine and <see cref="ILegalReviewService"/>, with
    /// default options (or options configured elsewhere with <c>services.Configure&lt;LegalReviewOptions&gt;</c>).
    /// Custom rules are added with <see cref="AddReviewRule{TRule}(IServiceCollection)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    /// <example>
    /// <code>
    /// var services = new ServiceCollection();
    /// services.AddLegalReview();
    /// await using var provider = services.BuildServiceProvider();
    /// var review = provider.GetRequiredService&lt;ILegalReviewService&gt;();
    /// var result = await review.ReviewFileAsync("草案.docx");
    /// </code>
    /// </example>
    public static IServiceCollection AddLegalReview(this IServiceCollection services) => AddLegalReviewCore(services, null);

    /// <summary>
    /// Adds the reader, the reference data, the built-in rules, the engine and <see cref="ILegalReviewService"/>, and
    /// configures their options in code.
    /// Custom rules are added with <see cref="AddReviewRule{TRule}(IServiceCollection)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options (after any binding from configuration).</param>
    /// <returns>The service collection.</returns>
    /// <example>
    /// <code>
    /// services.AddLegalReview(o => o.Review.Rules["LR5008"] = "off");
    /// services.AddReviewRule&lt;MySeriesRule&gt;();
    /// </code>
    /// </example>
    public static IServiceCollection AddLegalReview(this IServiceCollection services, Action<LegalReviewOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddLegalReviewCore(services, configure);
    }

    /// <summary>
    /// Adds LegalReview with <see cref="LegalReviewOptions"/> bound from the <c>LegalReview</c> section of
    /// <paramref name="configuration"/> (appsettings.json, environment variables …) and validated when the host starts:
    /// an unknown rule id or category, a bad severity word, an unknown profile, a suppression without <c>By</c> or
    /// <c>Reason</c>, or a negative limit stops the host with a message naming the setting.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The host's configuration root (the section is looked up in it).</param>
    /// <param name="configure">Further configuration, applied after binding.</param>
    /// <returns>The service collection.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddLegalReview(builder.Configuration);
    /// builder.Services.AddReviewRule&lt;MySeriesRule&gt;();
    /// </code>
    /// </example>
    public static IServiceCollection AddLegalReview(this IServiceCollection services, IConfiguration configuration, Action<LegalReviewOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Validation belongs to this overload: configuration files are where typos happen, and a host should refuse to
        // start on them. Code-built options keep failing in the engine with ArgumentException, which callers such as
        // the command-line tool already handle.
        services.AddOptions<LegalReviewOptions>()
            .Bind(configuration.GetSection(LegalReviewOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LegalReviewOptions>, LegalReviewOptionsValidator>(sp =>
            new LegalReviewOptionsValidator(sp.GetServices<ReviewRule>(), sp.GetService<IProvisionClassifier>() is not null)));
        return AddLegalReviewCore(services, configure);
    }

    /// <summary>Adds a custom rule (a sealed, stateless <see cref="ReviewRule"/> with <see cref="ReviewRuleAttribute"/>).</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddReviewRule<TRule>(this IServiceCollection services)
        where TRule : ReviewRule, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ReviewRule, TRule>());
        return services;
    }

    private static IServiceCollection AddLegalReviewCore(IServiceCollection services, Action<LegalReviewOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<LegalReviewOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton(sp => new DocumentReader(sp.GetRequiredService<IOptions<LegalReviewOptions>>().Value.Reader));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<LegalReviewOptions>>().Value.Review.LawLibraryPath is { } lib
            ? new KnowledgeBase(null, lib)
            : KnowledgeBase.Default);
        // One calendar for the rules and for filing tracking: a host that registers its own HolidayCalendar (or
        // DeadlineCalculator) before this call gets the same deadlines from both.
        services.TryAddSingleton(HolidayCalendar.Default);
        services.TryAddSingleton(sp => new DeadlineCalculator(sp.GetRequiredService<HolidayCalendar>()));
        foreach (var rule in BuiltInRules.All)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(ReviewRule), rule));
        }

        services.TryAddSingleton(sp => new ReviewEngine(
            sp.GetServices<ReviewRule>(),
            sp.GetRequiredService<IOptions<LegalReviewOptions>>().Value.Review,
            sp.GetRequiredService<KnowledgeBase>(),
            sp.GetService<ILogger<ReviewEngine>>(),
            sp.GetService<IProvisionClassifier>(),
            sp.GetRequiredService<DeadlineCalculator>()));
        services.TryAddSingleton<ILegalReviewService>(sp => new LegalReviewService(
            sp.GetRequiredService<DocumentReader>(),
            sp.GetRequiredService<ReviewEngine>(),
            sp.GetService<ILogger<LegalReviewService>>()));
        return services;
    }
}
