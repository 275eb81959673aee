using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace LegalReview.Classifier;

/// <summary>
/// Trains the provision classifier: character 1–3-grams and (by default) SmartCn word 1–2-grams, two feature blocks
/// each scaled to unit L2 norm, into a linear maximum-entropy model trained with SDCA on one thread, so the same rows
/// and seed give the same model. Each row counts with its <see cref="LabelledProvision.Weight"/>.
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
            .Select(r => new ModelInput { Text = r.Text, Words = options.WordFeatures ? WordSegmenter.Joined(r.Text) : string.Empty, Label = r.Category, Weight = r.Weight })
            .OrderBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.Text, StringComparer.Ordinal).ThenBy(r => r.Weight)
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
            ExampleWeightColumnName = nameof(ModelInput.Weight),
        };
        IEstimator<ITransformer> features = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        if (options.WordFeatures)
        {
            // The words are already split (by spaces) and must reach the bag as they are: no normalisation at all.
            var words = new TextFeaturizingEstimator.Options
            {
                CharFeatureExtractor = null,
                WordFeatureExtractor = new WordBagEstimator.Options
                {
                    NgramLength = options.MaximumWordNgramsCount.Length,
                    UseAllLengths = true,
                    MaximumNgramsCount = options.MaximumWordNgramsCount,
                },
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = true,
                KeepPunctuations = true,
                KeepNumbers = true,
            };

            // Slot names "Char.…" and "Word.…" tell the scoring table which block a feature belongs to.
            features = features.Append(ml.Transforms.Text.FeaturizeText(LoadedModel.CharBlock, text, nameof(ModelInput.Text)))
                .Append(ml.Transforms.Text.FeaturizeText(LoadedModel.WordBlock, words, nameof(ModelInput.Words)))
                .Append(ml.Transforms.Concatenate("Features", LoadedModel.CharBlock, LoadedModel.WordBlock));
        }
        else
        {
            features = features.Append(ml.Transforms.Text.FeaturizeText("Features", text, nameof(ModelInput.Text)));
        }

        if (options.WordFeatures)
        {
            // The gate: the same trainer on the character block alone, whose probabilities decide which texts are worth
            // segmenting at run time (ProvisionClassifierOptions.WordGate). Its scores are kept as GateScore; the full
            // model's trainer that follows writes Score and PredictedLabel.
            var gate = new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.MaximumIterations,
                L2Regularization = options.L2Regularization,
                ExampleWeightColumnName = nameof(ModelInput.Weight),
                FeatureColumnName = LoadedModel.CharBlock,
            };
            features = features.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(gate))
                .Append(ml.Transforms.CopyColumns(LoadedModel.GateScore, "Score"));
        }

        var pipeline = features
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(view);
        return new TrainedClassifier(ml, model, view.Schema, data.Count);
    }
}
