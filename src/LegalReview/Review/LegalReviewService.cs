using System.Diagnostics;
using LegalReview.Documents.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Review;

/// <summary>Reads a document and runs the engine over it.</summary>
internal sealed partial class LegalReviewService : ILegalReviewService
{
    private readonly DocumentReader _reader;
    private readonly ReviewEngine _engine;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="logger">Diagnostics.</param>
    public LegalReviewService(DocumentReader reader, ReviewEngine engine, ILogger<LegalReviewService>? logger = null)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The engine in use.</summary>
    public ReviewEngine Engine => _engine;

    /// <inheritdoc />
    public Task<ReviewResult> ReviewAsync(Stream content, string fileName, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default) =>
        Observe(fileName, ct => _reader.ReadAsync(content, fileName, ct), metadata, cancellationToken);

    /// <inheritdoc />
    public Task<ReviewResult> ReviewFileAsync(string path, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default) =>
        Observe(Path.GetFileName(path), ct => _reader.ReadFileAsync(path, ct), metadata, cancellationToken);

    private async Task<ReviewResult> Observe(string name, Func<CancellationToken, Task<Documents.NormativeDocument>> read, ReviewMetadata? metadata, CancellationToken cancellationToken)
    {
        using var activity = ReviewTelemetry.Source.StartActivity("LegalReview.Review");
        activity?.SetTag("legalreview.document", name);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var doc = await read(cancellationToken).ConfigureAwait(false);
            LogRead(_logger, doc.SourceName, doc.Paragraphs.Count, doc.Articles.Count);
            var result = _engine.Review(doc, metadata, cancellationToken);
            ReviewTelemetry.RecordSuccess(result, Stopwatch.GetElapsedTime(started));
            activity?.SetTag("legalreview.profile", result.Profile.Name);
            activity?.SetTag("legalreview.findings", result.ActiveFindings.Count());
            return result;
        }
        catch (Exception ex) when (Reason(ex, cancellationToken) is { } reason)
        {
            ReviewTelemetry.RecordFailure(reason, Stopwatch.GetElapsedTime(started));
            activity?.SetStatus(ActivityStatusCode.Error, reason);
            throw;
        }
    }

    // The filter records the failure without catching it, so the caller still sees the original exception and stack.
    private static string? Reason(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        DocumentReadException read => read.Reason.ToString(),
        OperationCanceledException when cancellationToken.IsCancellationRequested => "cancelled",
        _ => "error",
    };

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Read {Document}: {Paragraphs} paragraphs, {Articles} articles")]
    private static partial void LogRead(ILogger logger, string document, int paragraphs, int articles);
}
