using LegalReview.Classifier.Cases;
using LegalReview.Review;

namespace LegalReview.Classifier;

/// <summary>
/// Grouped k-fold evaluation of the classifier on real rows: for each fold, a model is trained on the real rows of
/// the other folds plus the augmentation rows (synthetic text, never tested), and predicts the held-out fold's rows.
/// Every figure is computed on those held-out predictions only.
/// </summary>
public sealed class GroupedEvaluation
{
    private GroupedEvaluation(IReadOnlyList<LabelledProvision> rows, int[] folds, ClassificationDetail[] predictions, int foldCount, int realWeight)
    {
        RealWeight = realWeight;
        Rows = rows;
        Folds = folds;
        Predictions = predictions;
        FoldCount = foldCount;
    }

    /// <summary>The real rows evaluated.</summary>
    public IReadOnlyList<LabelledProvision> Rows { get; }

    /// <summary>The fold of each row.</summary>
    public IReadOnlyList<int> Folds { get; }

    /// <summary>Each row's prediction by the model that did not see its fold.</summary>
    public IReadOnlyList<ClassificationDetail> Predictions { get; }

    /// <summary>How many folds.</summary>
    public int FoldCount { get; }

    /// <summary>How many times each real training row counted.</summary>
    public int RealWeight { get; }

    /// <summary>Whether the models read words beside the characters.</summary>
    public bool WordFeatures { get; private init; } = true;

    /// <summary>The training weight of each augmentation row.</summary>
    public float AugmentationWeight { get; private init; } = 1f;

    /// <summary>
    /// Each row's nearest published case with its own source left out of the index (leave-source-out), after
    /// <see cref="FindNearestCases"/>; empty before.
    /// </summary>
    public IReadOnlyList<NearestCase?> NearestCases { get; private set; } = [];

    /// <summary>Looks up every row's nearest case in an index, skipping the cases of the row's own source.</summary>
    /// <param name="index">The case index.</param>
    public void FindNearestCases(CaseIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        NearestCases = Rows.Select(r => index.Nearest(r.Text, r.GroupKey)).ToArray();
    }

    /// <summary>
    /// Whether the neighbours' vote reports a row as the review engine does: only a row whose held-out top label is
    /// not <c>ok</c>, with a probability of at least 0.5 (the engine's gate), is looked up, and a problem label whose vote share reaches the threshold is reported.
    /// </summary>
    /// <param name="index">The row.</param>
    /// <param name="threshold">The vote threshold.</param>
    /// <returns>The label voted, or null.</returns>
    public string? Voted(int index, double threshold) =>
        Predictions[index].Label != ClassifierLabels.Ok && Predictions[index].Probability >= 0.5 && index < NearestCases.Count && NearestCases[index] is { } n && n.VoteLabel != ClassifierLabels.Ok && n.VoteShare >= threshold ? n.VoteLabel : null;

    /// <summary>
    /// Among the rows of a label that a detector reports with that label, the share whose nearest case (own source left
    /// out) is of the same violation type; rows without a type are skipped.
    /// </summary>
    /// <param name="label">The label (e.g. competition).</param>
    /// <param name="detected">Whether a row counts as detected.</param>
    /// <returns>(rows counted, rows whose nearest case has the same type).</returns>
    public (int Rows, int SameType) NearestTypeAgreement(string label, Func<int, bool> detected)
    {
        ArgumentNullException.ThrowIfNull(detected);
        int rows = 0, same = 0;
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Category != label || Rows[i].Type.Length == 0 || !detected(i) || i >= NearestCases.Count)
            {
                continue;
            }

            rows++;
            if (NearestCases[i] is { } n && n.Id.Length > 0 && TypeOf(n) == Rows[i].Type)
            {
                same++;
            }
        }

        return (rows, same);
    }

    private Dictionary<string, string>? _typeById;

    private string TypeOf(NearestCase n)
    {
        _typeById ??= CaseBank.Cases.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
        return _typeById.TryGetValue(n.Id, out var t) ? t : string.Empty;
    }

    /// <summary>Trains one model per fold and predicts the held-out rows.</summary>
    /// <param name="real">The real labelled rows (they are split by source).</param>
    /// <param name="augmentation">Rows added to every fold's training side and never evaluated.</param>
    /// <param name="folds">How many folds.</param>
    /// <param name="options">Training options; the shipped model's when null.</param>
    /// <param name="realWeight">How many times each real training row counts (real wording is scarcer than synthetic).</param>
    /// <param name="cancellationToken">Cancels between folds.</param>
    /// <param name="augmentationWeight">The training weight of each augmentation row (a real row weighs 1).</param>
    /// <param name="wordGate">The classifier's word gate (<see cref="ProvisionClassifierOptions.WordGate"/>).</param>
    /// <returns>The held-out predictions.</returns>
    public static GroupedEvaluation Run(IReadOnlyList<LabelledProvision> real, IReadOnlyList<LabelledProvision> augmentation, int folds, ClassifierTrainingOptions? options = null, int realWeight = 1, CancellationToken cancellationToken = default, float augmentationWeight = 1f, double wordGate = ProvisionClassifierOptions.DefaultWordGate)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(augmentation);
        var assignment = GroupedFolds.Assign(real, folds);
        var weighted = augmentation.Select(r => r with { Weight = augmentationWeight }).ToList();
        var predictions = new ClassificationDetail[real.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var held = Enumerable.Range(0, real.Count).Where(i => assignment[i] == fold).ToArray();
            if (held.Length == 0)
            {
                continue;
            }

            var kept = real.Where((_, i) => assignment[i] != fold).ToList();
            var training = Enumerable.Repeat(kept, Math.Max(1, realWeight)).SelectMany(r => r).Concat(weighted).ToList();
            var model = ProvisionClassifier.FromBytes(ClassifierTrainer.Train(training, options).ToBytes(), wordGate: wordGate);
            var detail = model.ClassifyDetailed(held.Select(i => real[i].Text).ToArray());
            for (var j = 0; j < held.Length; j++)
            {
                predictions[held[j]] = detail[j];
            }
        }

        return new GroupedEvaluation(real, assignment, predictions, folds, Math.Max(1, realWeight)) { AugmentationWeight = augmentationWeight, WordFeatures = (options ?? new ClassifierTrainingOptions()).WordFeatures };
    }

    /// <summary>Whether a row's held-out prediction is a finding: a problem label whose probability reaches its threshold.</summary>
    /// <param name="index">The row.</param>
    /// <param name="threshold">The threshold of a label.</param>
    /// <returns>The label reported, or null.</returns>
    public string? Reported(int index, Func<string, double> threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        var p = Predictions[index];
        return p.Label != LegalReview.Review.ClassifierLabels.Ok && p.Probability >= threshold(p.Label) ? p.Label : null;
    }

    /// <summary>Per-label recall and precision of the reported findings, on held-out rows only.</summary>
    /// <param name="threshold">The threshold of each label.</param>
    /// <param name="filter">Which rows count (all when null): e.g. one origin.</param>
    /// <returns>One entry per label present among the rows or the findings, problem labels first.</returns>
    public IReadOnlyList<HeldOutLabelFigures> Figures(Func<string, double> threshold, Func<LabelledProvision, bool>? filter = null)
    {
        var chosen = Enumerable.Range(0, Rows.Count).Where(i => filter is null || filter(Rows[i])).ToArray();
        var reported = chosen.Select(i => (Actual: Rows[i].Category, Reported: Reported(i, threshold))).ToArray();
        var order = LegalReview.Review.ClassifierLabels.All.ToList();
        var labels = reported.Select(r => r.Actual).Concat(reported.Where(r => r.Reported is not null).Select(r => r.Reported!))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(l => order.IndexOf(l) is var i && i >= 0 ? i : order.Count).ThenBy(l => l, StringComparer.Ordinal);
        return labels.Select(label =>
        {
            var rows = reported.Count(r => r.Actual == label);
            var flagged = reported.Count(r => r.Reported == label);
            var hits = reported.Count(r => r.Actual == label && r.Reported == label);
            var any = reported.Count(r => r.Actual == label && r.Reported is not null);
            return new HeldOutLabelFigures(label, rows, flagged, hits, any, rows == 0 ? 0 : (double)hits / rows, flagged == 0 ? 0 : (double)hits / flagged);
        }).ToArray();
    }

    /// <summary>The share of rows (of those the filter keeps) with any reported finding.</summary>
    /// <param name="threshold">The threshold of each label.</param>
    /// <param name="filter">Which rows count.</param>
    /// <returns>From 0 to 1; 0 when no row is kept.</returns>
    public double FlagRate(Func<string, double> threshold, Func<LabelledProvision, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var chosen = Enumerable.Range(0, Rows.Count).Where(i => filter(Rows[i])).ToArray();
        return chosen.Length == 0 ? 0 : (double)chosen.Count(i => Reported(i, threshold) is not null) / chosen.Length;
    }

    /// <summary>
    /// How a threshold chosen on held-out predictions fares on data that did not choose it: for each fold, the lowest
    /// threshold of the sweep's grid whose precision on the other folds' rows reaches <paramref name="minimumPrecision"/>
    /// (the most precise one when none does) is applied to that fold's rows, and the counts are summed. The sweep's own
    /// figure at the shipped threshold is a little optimistic, since the threshold was chosen on the same rows; this
    /// one is not (for the threshold; other settings chosen on these folds are not accounted for).
    /// </summary>
    /// <param name="label">The label.</param>
    /// <param name="minimumPrecision">The precision a threshold must reach.</param>
    /// <returns>The thresholds and counts.</returns>
    public NestedThresholdFigures NestedThreshold(string label, double minimumPrecision)
    {
        var grid = Enumerable.Range(20, 19).Select(step => step * 0.025).ToArray();
        bool Flagged(int i, double t) => Reported(i, l => l == label ? t : 1.01) == label;
        var chosen = new List<double>();
        int rows = 0, hits = 0, flagged = 0;
        for (var fold = 0; fold < FoldCount; fold++)
        {
            var inner = Enumerable.Range(0, Rows.Count).Where(i => Folds[i] != fold).ToArray();
            var outer = Enumerable.Range(0, Rows.Count).Where(i => Folds[i] == fold).ToArray();
            double Precision(double t)
            {
                var f = inner.Count(i => Flagged(i, t));
                return f == 0 ? 0 : (double)inner.Count(i => Flagged(i, t) && Rows[i].Category == label) / f;
            }

            var t = grid.FirstOrDefault(g => Precision(g) >= minimumPrecision, grid.MaxBy(Precision));
            chosen.Add(t);
            rows += outer.Count(i => Rows[i].Category == label);
            hits += outer.Count(i => Rows[i].Category == label && Flagged(i, t));
            flagged += outer.Count(i => Flagged(i, t));
        }

        return new NestedThresholdFigures(chosen, rows, hits, flagged);
    }

    /// <summary>
    /// For one label, the held-out recall, precision and flag rate of the rows the filter keeps at each threshold of
    /// a grid (0.50 to 0.95 by 0.025; a verdict's probability is never below 0.5): what a threshold is chosen from.
    /// </summary>
    /// <param name="label">The label.</param>
    /// <param name="negatives">The rows whose flag rate is reported (e.g. the central documents' provisions).</param>
    /// <returns>One point per threshold.</returns>
    public IReadOnlyList<ThresholdPoint> Sweep(string label, Func<LabelledProvision, bool> negatives)
    {
        var points = new List<ThresholdPoint>();
        for (var step = 20; step <= 38; step++)
        {
            var t = step * 0.025;
            var f = Figures(l => l == label ? t : 1.01).FirstOrDefault(x => x.Label == label);
            points.Add(new ThresholdPoint(t, f?.Recall ?? 0, f?.Precision ?? 0, FlagRate(l => l == label ? t : 1.01, negatives)));
        }

        return points;
    }
}

/// <summary>The figures of a threshold chosen without the fold it is measured on (see <see cref="GroupedEvaluation.NestedThreshold"/>).</summary>
/// <param name="Thresholds">The threshold chosen for each fold, in fold order.</param>
/// <param name="Rows">Rows of the label.</param>
/// <param name="Hits">Rows of the label reported with it, each at its own fold's threshold.</param>
/// <param name="Flagged">Rows (any label) reported with the label.</param>
public sealed record NestedThresholdFigures(IReadOnlyList<double> Thresholds, int Rows, int Hits, int Flagged)
{
    /// <summary>Hits / Rows.</summary>
    public double Recall => Rows == 0 ? 0 : (double)Hits / Rows;

    /// <summary>Hits / Flagged.</summary>
    public double Precision => Flagged == 0 ? 0 : (double)Hits / Flagged;
}

/// <summary>Held-out figures of one label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Rows">Rows with this label.</param>
/// <param name="Flagged">Rows (any label) reported with this label.</param>
/// <param name="Hits">Rows with this label reported with it.</param>
/// <param name="FlaggedAny">Rows with this label reported with any label.</param>
/// <param name="Recall">Hits / Rows.</param>
/// <param name="Precision">Hits / Flagged; 0 when none is flagged.</param>
public sealed record HeldOutLabelFigures(string Label, int Rows, int Flagged, int Hits, int FlaggedAny, double Recall, double Precision);

/// <summary>One threshold of a sweep.</summary>
/// <param name="Threshold">The threshold.</param>
/// <param name="Recall">Held-out recall of the label.</param>
/// <param name="Precision">Held-out precision of the label.</param>
/// <param name="NegativeFlagRate">Share of the chosen negative rows reported with the label.</param>
public sealed record ThresholdPoint(double Threshold, double Recall, double Precision, double NegativeFlagRate);
