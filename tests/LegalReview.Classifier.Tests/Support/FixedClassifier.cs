using LegalReview.Review;

namespace LegalReview.Classifier.Tests.Support;

/// <summary>A classifier that labels every text containing a keyword, so engine tests do not depend on the model's numbers.</summary>
internal sealed class FixedClassifier(string keyword, string label, double probability) : IProvisionClassifier
{
    public int Calls { get; private set; }

    public IReadOnlyList<ClassifierPrediction> Classify(IReadOnlyList<string> texts)
    {
        Calls++;
        return texts.Select(t => t.Contains(keyword, StringComparison.Ordinal)
            ? new ClassifierPrediction(label, probability, ["处以", "罚款"])
            : new ClassifierPrediction(ClassifierLabels.Ok, 0.9, [])).ToArray();
    }
}
