using LegalReview.Documents.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Review;

/// <summary>Reads a document and runs the engine over it.</summary>
public sealed partial class LegalReviewService : ILegalReviewService
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
    public async Task<ReviewResult> ReviewAsync(Stream content, string fileName, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        var doc = await _reader.ReadAsync(content, fileName, cancellationToken).ConfigureAwait(false);
        return Review(doc, metadata, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ReviewResult> ReviewFileAsync(string path, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        var doc = await _reader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return Review(doc, metadata, cancellationToken);
    }

    private ReviewResult Review(Documents.NormativeDocument doc, ReviewMetadata? metadata, CancellationToken cancellationToken)
    {
        LogRead(_logger, doc.SourceName, doc.Paragraphs.Count, doc.Articles.Count);
        return _engine.Review(doc, metadata, cancellationToken);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Read {Document}: {Paragraphs} paragraphs, {Articles} articles")]
    private static partial void LogRead(ILogger logger, string document, int paragraphs, int articles);
}
