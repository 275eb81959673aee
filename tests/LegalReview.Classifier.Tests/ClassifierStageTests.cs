using LegalReview.Classifier;
using LegalReview.Classifier.Tests.Support;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Classifier.Tests;

[TestFixture]
public sealed class ClassifierStageTests
{
    private const string Draft = """
        某县人民政府关于印发某县市容管理办法的通知
        第一条 为了加强市容管理，结合本县实际，制定本办法。
        第二条 在道路两侧乱堆乱放的，处以五百元罚款。
        第三条 本办法自2026年1月1日起施行，有效期五年。
        """;

    private static ReviewResult Review(IProvisionClassifier? classifier, ReviewOptions? options = null, params ReviewRule[] rules) =>
        new ReviewEngine(rules, options ?? new ReviewOptions(), classifier: classifier).Review(new DocumentReader().ReadText(Draft, "draft.txt"));

    [Test]
    public void ClassifierFinding_NamesItsLabel_ConfidenceAndWords()
    {
        var result = Review(new FixedClassifier("罚款", "penalty", 0.86));
        var f = result.Findings.Single(x => x.Source == FindingSource.Classifier);
        Assert.That(f.RuleId, Is.EqualTo("LR0102"));
        Assert.That(f.Category, Is.EqualTo(RuleCategory.Penalty));
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Info), "classifier output is a hint until its precision on real compliant provisions reaches 0.8");
        Assert.That(f.Confidence, Is.EqualTo(0.86));
        Assert.That(f.Location.Label, Is.EqualTo("第二条"));
        Assert.That(f.Quote, Is.EqualTo("在道路两侧乱堆乱放的，处以五百元罚款。"));
        Assert.That(f.Message, Is.EqualTo("分类器判断本款可能设定行政处罚（置信度 0.86），主要依据词语：“处以”“罚款”。"));
        Assert.That(f.LegalBasis, Is.Not.Empty);
    }

    [Test]
    public void BelowItsLabelsThreshold_NothingIsReported()
    {
        var options = new ReviewOptions();
        options.Classifier.Thresholds["penalty"] = 0.9;
        Assert.That(Review(new FixedClassifier("罚款", "penalty", 0.86), options).Findings.Where(f => f.Source == FindingSource.Classifier), Is.Empty);
        options.Classifier.Thresholds["penalty"] = 0.8;
        Assert.That(Review(new FixedClassifier("罚款", "penalty", 0.86), options).Findings.Where(f => f.Source == FindingSource.Classifier), Has.Exactly(1).Items);
    }

    [Test]
    public void DefaultThreshold_Is07()
    {
        Assert.That(Review(new FixedClassifier("罚款", "penalty", 0.69)).Findings.Where(f => f.Source == FindingSource.Classifier), Is.Empty);
        Assert.That(Review(new FixedClassifier("罚款", "penalty", 0.70)).Findings.Where(f => f.Source == FindingSource.Classifier), Has.Exactly(1).Items);
    }

    [Test]
    public void Disabled_TheClassifierIsNotCalled()
    {
        var classifier = new FixedClassifier("罚款", "penalty", 0.99);
        var options = new ReviewOptions { Classifier = { Enabled = false } };
        Assert.That(Review(classifier, options).Findings.Where(f => f.Source == FindingSource.Classifier), Is.Empty);
        Assert.That(classifier.Calls, Is.Zero);
    }

    [Test]
    public void ClassifierIds_CanBeSwitchedOffAndRelevelled_LikeRuleIds()
    {
        var off = new ReviewOptions { Rules = { ["LR0102"] = "off" } };
        Assert.That(Review(new FixedClassifier("罚款", "penalty", 0.99), off).Findings.Where(f => f.Source == FindingSource.Classifier), Is.Empty);
        var error = new ReviewOptions { Rules = { ["LR0102"] = "error" } };
        Assert.That(Review(new FixedClassifier("罚款", "penalty", 0.99), error).Findings.Single(f => f.Source == FindingSource.Classifier).Severity, Is.EqualTo(FindingSeverity.Error));
    }

    [Test]
    public void SameProvisionAndCategory_AsARuleFinding_MergesIntoTheRuleFinding()
    {
        var result = Review(new FixedClassifier("罚款", "penalty", 0.86), null, new FineWordRule());
        var penalty = result.Findings.Where(f => f.Category == RuleCategory.Penalty).ToArray();
        Assert.That(penalty, Has.Length.EqualTo(1));
        Assert.That(penalty[0].RuleId, Is.EqualTo("LR2990"));
        Assert.That(penalty[0].Message, Is.EqualTo("本款设定了罚款。"));
        Assert.That(penalty[0].Confidence, Is.EqualTo(1.0));
    }

    [Test]
    public void DifferentCategory_FromARuleFinding_IsReportedSeparately()
    {
        var result = Review(new FixedClassifier("罚款", "fee", 0.9), null, new FineWordRule());
        Assert.That(result.Findings.Select(f => f.RuleId), Is.EquivalentTo(new[] { "LR2990", "LR0104" }));
    }

    [Test]
    public void OkLabel_IsNeverReported()
    {
        Assert.That(Review(new FixedClassifier("罚款", ClassifierLabels.Ok, 0.99)).Findings.Where(f => f.Source == FindingSource.Classifier), Is.Empty);
    }

    [Test]
    public void AddLegalReviewClassifier_PutsTheModelIntoTheEngine()
    {
        var services = new ServiceCollection();
        // LR2004 reports this penalty itself, and a rule finding absorbs the classifier's; switch it off to see the stage.
        services.AddLegalReview(o => o.Review.Rules["LR2004"] = "off");
        services.AddLegalReviewClassifier();
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ReviewEngine>();
        Assert.That(engine.Classifier, Is.InstanceOf<ProvisionClassifier>());
        var result = engine.Review(new DocumentReader().ReadText(Draft, "draft.txt"));
        var f = result.Findings.Single(x => x.Source == FindingSource.Classifier);
        Assert.That(f.Category, Is.EqualTo(RuleCategory.Penalty));
        Assert.That(f.Location.Label, Is.EqualTo("第二条"));
        Assert.That(f.Message, Does.StartWith("分类器判断本款可能设定行政处罚（置信度 "));
    }
}
