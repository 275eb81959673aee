namespace LegalReview.Classifier;

/// <summary>Precision, recall and F1 per label, macro-F1 and the confusion matrix of predicted against true labels.</summary>
public sealed class ClassifierMetrics
{
    private ClassifierMetrics(IReadOnlyList<string> labels, int[,] confusion)
    {
        Labels = labels;
        Confusion = confusion;
        PerLabel = labels.Select((label, i) =>
        {
            var tp = confusion[i, i];
            var actual = Enumerable.Range(0, labels.Count).Sum(j => confusion[i, j]);
            var predicted = Enumerable.Range(0, labels.Count).Sum(j => confusion[j, i]);
            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = actual == 0 ? 0 : (double)tp / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new LabelMetrics(label, actual, predicted, tp, precision, recall, f1);
        }).ToArray();
        var present = PerLabel.Where(m => m.Support > 0).ToArray();
        MacroF1 = present.Length == 0 ? 0 : present.Average(m => m.F1);
        Accuracy = PerLabel.Sum(m => m.Support) == 0 ? 0 : (double)PerLabel.Sum(m => m.TruePositives) / PerLabel.Sum(m => m.Support);
    }

    /// <summary>The labels, in matrix order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Counts: row = true label, column = predicted label.</summary>
    public int[,] Confusion { get; }

    /// <summary>Per-label figures, in <see cref="Labels"/> order.</summary>
    public IReadOnlyList<LabelMetrics> PerLabel { get; }

    /// <summary>The mean F1 over the labels that occur among the true labels.</summary>
    public double MacroF1 { get; }

    /// <summary>The share of rows predicted correctly.</summary>
    public double Accuracy { get; }

    /// <summary>Computes the metrics.</summary>
    /// <param name="labels">The labels, in the order wanted for the matrix; labels met in the pairs but not listed are appended.</param>
    /// <param name="pairs">(true label, predicted label) per row.</param>
    /// <returns>The metrics.</returns>
    public static ClassifierMetrics Compute(IEnumerable<string> labels, IEnumerable<(string Actual, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.ToList();
        var all = labels.ToList();
        foreach (var l in list.SelectMany(p => new[] { p.Actual, p.Predicted }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!all.Contains(l))
            {
                all.Add(l);
            }
        }

        var index = all.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var confusion = new int[all.Count, all.Count];
        foreach (var (actual, predicted) in list)
        {
            confusion[index[actual], index[predicted]]++;
        }

        return new ClassifierMetrics(all, confusion);
    }
}

/// <summary>The figures of one label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Support">Rows whose true label it is.</param>
/// <param name="Predicted">Rows predicted as it.</param>
/// <param name="TruePositives">Rows both.</param>
/// <param name="Precision">TruePositives / Predicted.</param>
/// <param name="Recall">TruePositives / Support.</param>
/// <param name="F1">The harmonic mean of precision and recall.</param>
public sealed record LabelMetrics(string Label, int Support, int Predicted, int TruePositives, double Precision, double Recall, double F1);
