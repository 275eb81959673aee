using LegalReview.Classifier.Cases;
using LegalReview.Review;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Classifier;

/// <summary>
/// The ML.NET provision classifier. The model (embedded in this package, or a .zip given in
/// <see cref="ProvisionClassifierOptions.ModelPath"/>) is loaded on first use; afterwards the classifier is safe to
/// call from many threads — one transformer is shared and prediction engines are pooled. It also finds the nearest
/// published case of a provision (<see cref="INearestCaseFinder"/>) in the embedded case bank; that index, and the
/// SmartCn dictionary it needs, are loaded on the first look-up only.
/// </summary>
public sealed partial class ProvisionClassifier : IProvisionClassifier, INearestCaseFinder
{
    // One index of the embedded case bank per process: building it loads SmartCn's dictionary (about a second).
    private static readonly Lazy<CaseIndex> EmbeddedCases = new(() => new CaseIndex(CaseBank.Cases), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The manifest name of the embedded model: the scoring table derived from the trained ML.NET model
    /// (Model/provision-classifier.zip), so that loading it needs no ML.NET.
    /// </summary>
    public const string EmbeddedModelName = "LegalReview.Classifier.Model.provision-classifier.table";

    private readonly Lazy<LoadedModel> _model;
    private readonly int _maxTerms;
    private readonly double _wordGate;

    /// <summary>Creates a classifier over the embedded model or the model file in <paramref name="options"/>.</summary>
    /// <param name="options">Model path and explanation length.</param>
    /// <param name="logger">Diagnostics.</param>
    public ProvisionClassifier(ProvisionClassifierOptions? options = null, ILogger<ProvisionClassifier>? logger = null)
    {
        options ??= new ProvisionClassifierOptions();
        var path = options.ModelPath;
        ILogger log = (ILogger?)logger ?? NullLogger.Instance;
        _maxTerms = Math.Max(0, options.MaxKeyTerms);
        _wordGate = Math.Clamp(options.WordGate, 0, 0.5);
        _model = new Lazy<LoadedModel>(
            () => Load(path is null ? OpenEmbedded : () => File.OpenRead(path), path ?? EmbeddedModelName, isMlNetZip: path is not null && IsZip(path), log),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private ProvisionClassifier(byte[] zip, int maxTerms, double wordGate)
    {
        _maxTerms = maxTerms;
        _wordGate = Math.Clamp(wordGate, 0, 0.5);
        _model = new Lazy<LoadedModel>(() => Load(() => new MemoryStream(zip, writable: false), "memory", isMlNetZip: true, NullLogger.Instance), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The labels the model knows, in the order of <see cref="ClassificationDetail.Scores"/>. Loads the model.</summary>
    public IReadOnlyList<string> Labels => _model.Value.Labels;

    /// <summary>A classifier over model bytes (e.g. from <see cref="TrainedClassifier.ToBytes"/>).</summary>
    /// <param name="zip">The model .zip bytes.</param>
    /// <param name="maxKeyTerms">How many words a prediction names.</param>
    /// <param name="wordGate">See <see cref="ProvisionClassifierOptions.WordGate"/>.</param>
    /// <returns>The classifier.</returns>
    public static ProvisionClassifier FromBytes(byte[] zip, int maxKeyTerms = 4, double wordGate = ProvisionClassifierOptions.DefaultWordGate)
    {
        ArgumentNullException.ThrowIfNull(zip);
        return new ProvisionClassifier(zip, maxKeyTerms, wordGate);
    }

    /// <inheritdoc />
    public IReadOnlyList<ClassifierPrediction> Classify(IReadOnlyList<string> texts) =>
        ClassifyDetailed(texts).Select(d => new ClassifierPrediction(d.Label, d.Probability, d.KeyTerms)).ToArray();

    /// <summary>
    /// Classifies texts and returns every label's probability. The verdict (<see cref="ClassificationDetail.Label"/>)
    /// is a problem label when the problem labels together outweigh <c>ok</c>; its probability is then that problem
    /// mass (1 − P(ok)).
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <returns>One detail per text, in order.</returns>
    public IReadOnlyList<ClassificationDetail> ClassifyDetailed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var model = _model.Value;
        var result = new ClassificationDetail[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            result[i] = model.Predict(texts[i] ?? string.Empty, _maxTerms, _wordGate);
        }

        return result;
    }

    /// <inheritdoc />
    public IReadOnlyList<NearestCase?> FindNearest(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var index = EmbeddedCases.Value;
        return texts.Select(t => index.Nearest(t ?? string.Empty)).ToArray();
    }

    private static Stream OpenEmbedded() =>
        typeof(ProvisionClassifier).Assembly.GetManifestResourceStream(EmbeddedModelName)
        ?? throw new InvalidOperationException($"程序集中没有内嵌的分类模型 {EmbeddedModelName}。");

    /// <summary>Writes the scoring table of this classifier's model, the form <see cref="EmbeddedModelName"/> ships in.</summary>
    /// <param name="destination">Where to write.</param>
    public void WriteScoringTable(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _model.Value.WriteTable(destination);
    }

    private static bool IsZip(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[2];
        return file.Read(head) == 2 && head[0] == (byte)'P' && head[1] == (byte)'K';
    }

    private static LoadedModel Load(Func<Stream> open, string name, bool isMlNetZip, ILogger logger)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var stream = open();
        var model = isMlNetZip ? LoadedModel.FromMlNet(stream) : LoadedModel.ReadTable(stream);
        LogLoaded(logger, name, model.Labels.Length, watch.Elapsed.TotalMilliseconds);
        return model;
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Loaded classifier model {Model}: {Labels} labels in {Milliseconds:F0} ms")]
    private static partial void LogLoaded(ILogger logger, string model, int labels, double milliseconds);
}
