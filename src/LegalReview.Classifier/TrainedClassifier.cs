using Microsoft.ML;

namespace LegalReview.Classifier;

/// <summary>A model just trained: save it as a .zip, or load it into a <see cref="ProvisionClassifier"/>.</summary>
public sealed class TrainedClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;

    internal TrainedClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, int rowCount)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        RowCount = rowCount;
    }

    /// <summary>How many rows the model was trained on.</summary>
    public int RowCount { get; }

    /// <summary>Saves the model in ML.NET's zip format.</summary>
    /// <param name="stream">The destination.</param>
    public void Save(Stream stream) => _ml.Model.Save(_model, _inputSchema, stream);

    /// <summary>Saves the model to a file.</summary>
    /// <param name="path">The .zip path.</param>
    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Writes the scoring table derived from the model, the form the package embeds and loads without ML.NET.</summary>
    /// <param name="destination">Where to write.</param>
    public void WriteScoringTable(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var zip = new MemoryStream(ToBytes(), writable: false);
        LoadedModel.FromMlNet(zip).WriteTable(destination);
    }

    /// <summary>The saved model's bytes, for <see cref="ProvisionClassifier.FromBytes"/>.</summary>
    /// <returns>The zip bytes.</returns>
    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        Save(memory);
        return memory.ToArray();
    }
}
