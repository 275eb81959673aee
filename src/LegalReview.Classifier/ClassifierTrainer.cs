using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace LegalReview.Classifier;

/// <summary>
/// Trains the provision classifier: character 1–3-grams (no word segmentation; Chinese has no spaces to split on)
/// into a linear maximum-entropy model trained with SDCA on one thread, so the same rows and seed give the same model.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>Trains a model.</summary>
    /// <param name="rows">The labelled rows; their order does not matter.</param>
    /// <param name="options">The training options; the shipped model's when null.</param>
    /// <returns>The model, ready to save or to use.</returns>
    /// <exception cref="ArgumentException">Fewer than two labels among the rows.</exception>
    public static TrainedClassifier Train(IEnumerable<LabelledProvision> rows, ClassifierTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new ClassifierTrainingOptions();

        // Sorting makes the model independent of the order the files were given in.
        var data = rows.Where(r => r.Text.Trim().Length > 0)
            .Select(r => new ModelInput { Text = r.Text, Label = r.Category })
            .OrderBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.Text, StringComparer.Ordinal)
            .ToList();
        if (data.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new ArgumentException("训练数据至少需要两个类别。", nameof(rows));
        }

        var ml = new MLContext(options.Seed);
        var view = ml.Data.LoadFromEnumerable(data);
        var text = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = options.NgramLength,
                UseAllLengths = true,
                MaximumNgramsCount = options.MaximumNgramsCount,
            },
            CaseMode = TextNormalizingEstimator.CaseMode.None,
        };
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            MaximumNumberOfIterations = options.MaximumIterations,
            L2Regularization = options.L2Regularization,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", text, "Text"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(view);
        return new TrainedClassifier(ml, model, view.Schema, data.Count);
    }
}
