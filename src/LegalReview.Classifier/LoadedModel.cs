using LegalReview.Review;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace LegalReview.Classification;

/// <summary>
/// One loaded model: the transformer (thread-safe), a pool of prediction engines (each single-threaded), the class
/// labels in score order, and what the explanation needs — the per-class weights of the linear model and the names
/// of the n-gram features.
/// </summary>
internal sealed class LoadedModel
{
    private readonly ObjectPool<PredictionEngine<ModelInput, ModelOutput>> _engines;
    private readonly string[] _featureNames;

    // Per label, each feature's weight minus the feature's mean weight over labels (what separates the label's
    // log-odds from the others), computed once at load; null where the n-gram is not word-like and never named.
    private readonly float[][] _centred;
    private readonly bool[] _wordLike;

    public LoadedModel(Stream zip)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(zip, out var inputSchema);
        var outputSchema = model.GetOutputSchema(inputSchema);
        Labels = SlotNames(outputSchema["Score"]);
        _featureNames = SlotNames(outputSchema["Features"]).Select(ReadableNgram).ToArray();
        var parameters = FindParameters(model) ?? throw new InvalidDataException("模型文件中没有线性多分类模型（MaximumEntropyModelParameters）。");
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        if (classes != Labels.Length)
        {
            throw new InvalidDataException($"模型的类别数（{classes}）与标签数（{Labels.Length}）不一致。");
        }

        (_centred, _wordLike) = Centre(weights, _featureNames);

        _engines = new DefaultObjectPool<PredictionEngine<ModelInput, ModelOutput>>(new EnginePolicy(ml, model), Environment.ProcessorCount * 2);
    }

    /// <summary>The labels, in the order of the score vector.</summary>
    public string[] Labels { get; }

    public ClassificationDetail Predict(PredictionEngine<ModelInput, ModelOutput> engine, string text, int maxTerms)
    {
        var output = engine.Predict(new ModelInput { Text = text });
        var best = 0;
        for (var i = 1; i < output.Score.Length; i++)
        {
            if (output.Score[i] > output.Score[best])
            {
                best = i;
            }
        }

        // Only a problem label is explained to the lawyer; the words behind an "ok" verdict are never shown.
        var terms = Labels[best] == ClassifierLabels.Ok ? [] : KeyTerms(output.Features, best, maxTerms);
        return new ClassificationDetail(Labels[best], output.Score[best], output.Score, terms);
    }

    public PredictionEngine<ModelInput, ModelOutput> Rent() => _engines.Get();

    public void Return(PredictionEngine<ModelInput, ModelOutput> engine) => _engines.Return(engine);

    /// <summary>
    /// The n-grams of the text that pushed it most towards <paramref name="label"/>: feature value × (weight of the
    /// label − mean weight over labels), which is what separates the label's log-odds from the others in a softmax
    /// model. Overlapping n-grams are merged so that the lawyer reads words, not fragments.
    /// </summary>
    private IReadOnlyList<string> KeyTerms(VBuffer<float> features, int label, int maxTerms)
    {
        var contributions = new List<(string Term, double Value)>();
        var indices = features.GetIndices();
        var values = features.GetValues();
        var dense = features.IsDense;
        var centred = _centred[label];
        for (var k = 0; k < values.Length; k++)
        {
            var index = dense ? k : indices[k];
            if (values[k] == 0 || index >= _featureNames.Length || !_wordLike[index])
            {
                continue;
            }

            var value = values[k] * (double)centred[index];
            if (value > 0)
            {
                contributions.Add((_featureNames[index], value));
            }
        }

        var chosen = new List<string>();
        foreach (var (term, _) in contributions.OrderByDescending(c => c.Value).ThenBy(c => c.Term, StringComparer.Ordinal))
        {
            if (chosen.Count == maxTerms)
            {
                break;
            }

            var overlapping = chosen.FindIndex(c => c.Contains(term, StringComparison.Ordinal) || term.Contains(c, StringComparison.Ordinal) || Overlaps(c, term));
            if (overlapping < 0)
            {
                chosen.Add(term);
            }
            else if (term.Length > chosen[overlapping].Length && term.Contains(chosen[overlapping], StringComparison.Ordinal))
            {
                chosen[overlapping] = term;
            }
            else if (Overlaps(chosen[overlapping], term))
            {
                chosen[overlapping] = Merge(chosen[overlapping], term);
            }
        }

        // A replacement above can make an earlier pick part of a later one; name each word once.
        return chosen.Distinct(StringComparer.Ordinal).Where(t => !chosen.Any(o => o.Length > t.Length && o.Contains(t, StringComparison.Ordinal))).ToArray();
    }

    private static (float[][] Centred, bool[] WordLike) Centre(VBuffer<float>[] weights, string[] featureNames)
    {
        var n = featureNames.Length;
        var dense = weights.Select(w =>
        {
            var d = new float[n];
            var indices = w.GetIndices();
            var values = w.GetValues();
            for (var k = 0; k < values.Length; k++)
            {
                var index = w.IsDense ? k : indices[k];
                if (index < n)
                {
                    d[index] = values[k];
                }
            }

            return d;
        }).ToArray();
        for (var i = 0; i < n; i++)
        {
            var mean = 0.0;
            foreach (var d in dense)
            {
                mean += d[i];
            }

            mean /= dense.Length;
            foreach (var d in dense)
            {
                d[i] = (float)(d[i] - mean);
            }
        }

        return (dense, featureNames.Select(IsWordLike).ToArray());
    }

    /// <summary>
    /// Single characters and n-grams with punctuation or a particle at an edge (“的，”, “对其”) explain nothing to a
    /// lawyer; only two- and three-character runs of letters are named.
    /// </summary>
    private static bool IsWordLike(string term) =>
        term.Length >= 2 && term.All(char.IsLetter)
        && !"的了和与或及其".Contains(term[0], StringComparison.Ordinal)
        && !"的了和与或及".Contains(term[^1], StringComparison.Ordinal);

    /// <summary>Whether the end of one n-gram is the start of the other (“处以罚” and “以罚款” → “处以罚款”).</summary>
    private static bool Overlaps(string a, string b) => Suffix(a, b) > 0 || Suffix(b, a) > 0;

    private static string Merge(string a, string b)
    {
        var ab = Suffix(a, b);
        if (ab > 0)
        {
            return a + b[ab..];
        }

        var ba = Suffix(b, a);
        return b + a[ba..];
    }

    /// <summary>The length of the longest proper suffix of <paramref name="a"/> that starts <paramref name="b"/>, when it is at least two characters.</summary>
    private static int Suffix(string a, string b)
    {
        for (var n = Math.Min(a.Length, b.Length) - 1; n >= 2; n--)
        {
            if (a.AsSpan(a.Length - n).SequenceEqual(b.AsSpan(0, n)))
            {
                return n;
            }
        }

        return 0;
    }

    private static string[] SlotNames(DataViewSchema.Column column)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        var result = new string[names.Length];
        var i = 0;
        foreach (var name in names.DenseValues())
        {
            result[i++] = name.ToString();
        }

        return result;
    }

    /// <summary>Turns ML.NET's n-gram slot name ("Char.处|以|罚", with markers for start, end and space) into the characters.</summary>
    private static string ReadableNgram(string slot)
    {
        var body = slot.StartsWith("Char.", StringComparison.Ordinal) ? slot[5..] : slot;
        return string.Concat(body.Split('|').Select(part => part switch
        {
            "<␂>" or "<␃>" => string.Empty,
            "<␠>" => " ",
            _ => part,
        })).Trim();
    }

    private static MaximumEntropyModelParameters? FindParameters(ITransformer transformer)
    {
        switch (transformer)
        {
            case MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor:
                return predictor.Model;
            case IEnumerable<ITransformer> chain:
                foreach (var inner in chain)
                {
                    if (FindParameters(inner) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : PooledObjectPolicy<PredictionEngine<ModelInput, ModelOutput>>
    {
        public override PredictionEngine<ModelInput, ModelOutput> Create() => ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model);

        public override bool Return(PredictionEngine<ModelInput, ModelOutput> obj) => true;
    }
}
