using System.Reflection;
using System.Text.Json;
using LegalReview.Review;
using LegalReview.SampleHost.Data;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LegalReview.SampleHost.Cases;

/// <summary>
/// Runs the library's review over a stored draft under a given configuration (the one stored with the case, not
/// necessarily today's), with the case's rejected findings turned into <see cref="ReviewOptions.Suppressions"/>
/// entries. Reviews run on the thread pool, at most <see cref="SampleHostOptions.MaxConcurrentReviews"/> at a time
/// with at most <see cref="SampleHostOptions.MaxQueuedReviews"/> waiting; a result is kept in a bounded cache keyed by
/// case, revision and decisions, so viewing a case does not run its review again.
/// </summary>
public sealed class CaseReviewer : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ILegalReviewService _service;
    private readonly IOptions<LegalReviewOptions> _options;
    private readonly ILoggerFactory _loggers;
    private readonly SemaphoreSlim _gate;
    private readonly MemoryCache _cache;
    private readonly IOptions<SampleHostOptions> _host;
    private readonly IProvisionClassifier? _classifier;
    private readonly int _maxPending;
    private int _pending;

    public CaseReviewer(ILegalReviewService service, IOptions<LegalReviewOptions> options, IOptions<SampleHostOptions> host, ILoggerFactory loggers, IServiceProvider services)
    {
        // The host's classifier (and nearest-case finder), when one is registered: a review under a stored
        // configuration or with rejections runs with it too, so its hints stay and a rejected hint can be suppressed.
        _classifier = services.GetService<IProvisionClassifier>();
        _service = service;
        _options = options;
        _loggers = loggers;
        _host = host;
        _gate = new SemaphoreSlim(Math.Max(1, host.Value.MaxConcurrentReviews));
        _maxPending = Math.Max(1, host.Value.MaxConcurrentReviews) + Math.Max(0, host.Value.MaxQueuedReviews);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, host.Value.CachedReviews) });
    }

    /// <summary>The library version that reviews run with.</summary>
    public static string LibraryVersion { get; } =
        typeof(ILegalReviewService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ILegalReviewService).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>The configuration in force now, as stored with a new review.</summary>
    public string CurrentOptionsJson() => JsonSerializer.Serialize(_options.Value, Json);

    /// <summary>Reviews with the configuration in force now (a submission or an explicit re-review).</summary>
    public Task<ReviewResult> ReviewNowAsync(byte[] content, string fileName, ReviewMetadata metadata, string optionsJson, CancellationToken cancellationToken = default) =>
        RunAsync(content, fileName, metadata, [], optionsJson, checkSize: true, cancellationToken);

    /// <summary>The review of a stored case revision with its decisions, from the cache when it ran before.</summary>
    public async Task<ReviewResult> ReviewStoredAsync(long caseId, StoredReview review, Func<CancellationToken, Task<byte[]>> content, string fileName, ReviewMetadata metadata, IReadOnlyList<FindingDecision> decisions, CancellationToken cancellationToken = default)
    {
        // Only rejections change the result (they become suppressions); acceptances leave it as it is.
        var rejections = string.Join('|', decisions.Where(d => !d.Accepted).Select(d => d.FindingKey + "\u001f" + d.Reason + "\u001f" + d.DecidedBy).Order(StringComparer.Ordinal));
        var key = (caseId, review.Revision, rejections);
        if (_cache.TryGetValue(key, out ReviewResult? cached) && cached is not null)
        {
            return cached;
        }

        // The draft passed the size limits when it was first reviewed.
        var result = await RunAsync(await content(cancellationToken), fileName, metadata, decisions, review.OptionsJson, checkSize: false, cancellationToken);
        _cache.Set(key, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return result;
    }

    public void Dispose()
    {
        _cache.Dispose();
        _gate.Dispose();
    }

    private async Task<ReviewResult> RunAsync(byte[] content, string fileName, ReviewMetadata metadata, IReadOnlyList<FindingDecision> decisions, string optionsJson, bool checkSize, CancellationToken cancellationToken)
    {
        // Running plus waiting reviews; beyond the queue's length the request is refused rather than left to pile up.
        if (Interlocked.Increment(ref _pending) > _maxPending)
        {
            Interlocked.Decrement(ref _pending);
            throw new CaseWorkflowException("审查任务较多，请稍后再试。", StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                // Off the request thread and off the thread pool: the rules are CPU-bound, and a review that held a pool
                // thread could starve the pool's timer callbacks on a small machine, so that a request's time limit
                // fired only after the review had finished (at most MaxConcurrentReviews such threads run at once).
                return await Task.Factory.StartNew(
                    () => ReviewAsync(content, fileName, metadata, decisions, optionsJson, checkSize, cancellationToken),
                    cancellationToken,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default).Unwrap();
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    private async Task<ReviewResult> ReviewAsync(byte[] content, string fileName, ReviewMetadata metadata, IReadOnlyList<FindingDecision> decisions, string optionsJson, bool checkSize, CancellationToken cancellationToken)
    {
        var suppressions = decisions.Where(d => !d.Accepted).Select(d => new SuppressionEntry
        {
            RuleId = d.RuleId,
            Location = d.Location,
            Quote = d.Quote,
            By = d.DecidedBy,
            Reason = d.Reason ?? string.Empty,
        }).ToList();

        if (checkSize)
        {
            CheckSize(content, fileName);
        }

        using var stream = new MemoryStream(content, writable: false);
        if (suppressions.Count == 0 && optionsJson == CurrentOptionsJson())
        {
            return await _service.ReviewAsync(stream, fileName, metadata, cancellationToken);
        }

        var stored = JsonSerializer.Deserialize<LegalReviewOptions>(optionsJson, Json) ?? new LegalReviewOptions();
        var services = new ServiceCollection();
        services.AddSingleton(_loggers);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        if (_classifier is not null)
        {
            services.AddSingleton(_classifier);
        }

        services.AddLegalReview(o =>
        {
            o.Reader = stored.Reader;
            o.Review = CopyWith(stored.Review, suppressions);
        });
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<ILegalReviewService>().ReviewAsync(stream, fileName, metadata, cancellationToken);
    }

    /// <summary>
    /// Refuses a draft whose text or provision count is beyond the configured limits before any rule runs: what one
    /// request may cost is bounded by the draft, not by how many findings it would give.
    /// </summary>
    private void CheckSize(byte[] content, string fileName)
    {
        var limits = _host.Value;
        var document = new LegalReview.Documents.Reading.DocumentReader(_options.Value.Reader).Read(content, fileName);
        if (document.Text.Length > limits.MaxDraftCharacters)
        {
            throw new CaseWorkflowException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"草案正文共 {document.Text.Length:N0} 字，超过每件草案 {limits.MaxDraftCharacters:N0} 字的上限。请拆分文件或删除无关附件后重新报送。"),
                StatusCodes.Status413PayloadTooLarge);
        }

        if (document.AllProvisions.Count > limits.MaxDraftProvisions)
        {
            throw new CaseWorkflowException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"草案共有 {document.AllProvisions.Count:N0} 个条款，超过每件草案 {limits.MaxDraftProvisions:N0} 个条款的上限。请拆分文件后分别报送。"),
                StatusCodes.Status422UnprocessableEntity);
        }
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
        Classifier = new ClassifierOptions
        {
            Enabled = source.Classifier.Enabled,
            DefaultThreshold = source.Classifier.DefaultThreshold,
            Thresholds = new Dictionary<string, double>(source.Classifier.Thresholds, StringComparer.OrdinalIgnoreCase),
        },
    };
}
