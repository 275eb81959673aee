using System.Reflection;
using LegalReview.Review;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Classification;

/// <summary>
/// The ML.NET provision classifier. The model (embedded in this package, or a .zip given in
/// <see cref="ProvisionClassifierOptions.ModelPath"/>) is loaded on first use; afterwards the classifier is safe to
/// call from many threads — one transformer is shared and prediction engines are pooled.
/// </summary>
public sealed partial class ProvisionClassifier : IProvisionClassifier
{
    /// <summary>The manifest name of the embedded model.</summary>
    public const string EmbeddedModelName = "LegalReview.Classifier.Model.provision-classifier.zip";

    private readonly Lazy<LoadedModel> _model;
    private readonly int _maxTerms;

    /// <summary>Creates a classifier over the embedded model or the model file in <paramref name="options"/>.</summary>
    /// <param name="options">Model path and explanation length.</param>
    /// <param name="logger">Diagnostics.</param>
    public ProvisionClassifier(ProvisionClassifierOptions? options = null, ILogger<ProvisionClassifier>? logger = null)
    {
        options ??= new ProvisionClassifierOptions();
        var path = options.ModelPath;
        ILogger log = (ILogger?)logger ?? NullLogger.Instance;
        _maxTerms = Math.Max(0, options.MaxKeyTerms);
        _model = new Lazy<LoadedModel>(() => Load(path is null ? OpenEmbedded : () => File.OpenRead(path), path ?? EmbeddedModelName, log), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private ProvisionClassifier(byte[] zip, int maxTerms)
    {
        _maxTerms = maxTerms;
        _model = new Lazy<LoadedModel>(() => Load(() => new MemoryStream(zip, writable: false), "memory", NullLogger.Instance), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The labels the model knows, in the order of <see cref="ClassificationDetail.Scores"/>. Loads the model.</summary>
    public IReadOnlyList<string> Labels => _model.Value.Labels;

    /// <summary>A classifier over model bytes (e.g. from <see cref="TrainedClassifier.ToBytes"/>).</summary>
    /// <param name="zip">The model .zip bytes.</param>
    /// <param name="maxKeyTerms">How many words a prediction names.</param>
    /// <returns>The classifier.</returns>
    public static ProvisionClassifier FromBytes(byte[] zip, int maxKeyTerms = 4)
    {
        ArgumentNullException.ThrowIfNull(zip);
        return new ProvisionClassifier(zip, maxKeyTerms);
    }

    /// <inheritdoc />
    public IReadOnlyList<ClassifierPrediction> Classify(IReadOnlyList<string> texts) =>
        ClassifyDetailed(texts).Select(d => new ClassifierPrediction(d.Label, d.Probability, d.KeyTerms)).ToArray();

    /// <summary>Classifies texts and returns every label's probability.</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>One detail per text, in order.</returns>
    public IReadOnlyList<ClassificationDetail> ClassifyDetailed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var model = _model.Value;
        var engine = model.Rent();
        try
        {
            var result = new ClassificationDetail[texts.Count];
            for (var i = 0; i < texts.Count; i++)
            {
                result[i] = model.Predict(engine, texts[i] ?? string.Empty, _maxTerms);
            }

            return result;
        }
        finally
        {
            model.Return(engine);
        }
    }

    private static Stream OpenEmbedded() =>
        typeof(ProvisionClassifier).Assembly.GetManifestResourceStream(EmbeddedModelName)
        ?? throw new InvalidOperationException($"程序集中没有内嵌的分类模型 {EmbeddedModelName}。");

    private static LoadedModel Load(Func<Stream> open, string name, ILogger logger)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var stream = open();
        var model = new LoadedModel(stream);
        LogLoaded(logger, name, model.Labels.Length, watch.Elapsed.TotalMilliseconds);
        return model;
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Loaded classifier model {Model}: {Labels} labels in {Milliseconds:F0} ms")]
    private static partial void LogLoaded(ILogger logger, string model, int labels, double milliseconds);
}
