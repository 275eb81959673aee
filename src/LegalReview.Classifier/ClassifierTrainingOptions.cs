namespace LegalReview.Classifier;

/// <summary>How <see cref="ClassifierTrainer"/> trains. The defaults are the ones the shipped model was trained with.</summary>
public sealed class ClassifierTrainingOptions
{
    /// <summary>The seed of <c>MLContext</c>; the same rows and seed give the same model.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The longest character n-gram (1 to this length are used).</summary>
    public int NgramLength { get; set; } = 3;

    /// <summary>The most frequent n-grams kept per length (unigrams, bigrams, trigrams): caps the model size.</summary>
    public int[] MaximumNgramsCount { get; set; } = [5_000, 30_000, 30_000];

    /// <summary>
    /// Whether the model also reads words (SmartCn segmentation) beside the character n-grams: word 1- and 2-grams,
    /// a second block of features with its own L2 norm. Default true.
    /// </summary>
    public bool WordFeatures { get; set; } = true;

    /// <summary>The most frequent word n-grams kept per length (words, word pairs).</summary>
    public int[] MaximumWordNgramsCount { get; set; } = [20_000, 30_000];

    /// <summary>The maximum number of passes of the SDCA trainer.</summary>
    public int MaximumIterations { get; set; } = 60;

    /// <summary>L2 regularisation of the SDCA trainer; null lets ML.NET choose from the data.</summary>
    public float? L2Regularization { get; set; } = 1e-5f;
}
