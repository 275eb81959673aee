namespace LegalReview.Classifier.Tests;

/// <summary>The words that explain a prediction are found only when read: a review reads them for reported hints only.</summary>
[TestFixture]
public sealed class LazyKeyTermsTests
{
    private const string Problem = "获得奖励的企业须在本县注册并纳税，十年内不得将注册地迁出本县。";

    [Test]
    public void KeyTerms_AreFoundOnlyWhenRead_AndAreWholeWords()
    {
        var detail = new ProvisionClassifier().ClassifyDetailed([Problem])[0];
        Assert.That(detail.Label, Is.Not.EqualTo("ok"), "a problem provision");
        var terms = detail.KeyTerms as LazyKeyTerms;
        Assert.That(terms, Is.Not.Null);
        Assert.That(terms!.IsFound, Is.False, "classifying alone does not segment the text");

        Assert.That(terms, Is.Not.Empty);
        Assert.That(terms.IsFound, Is.True);
        Assert.That(terms.All(t => t.Length >= 2 && Problem.Contains(t, StringComparison.Ordinal)), Is.True, string.Join(" ", terms));
    }

    [Test]
    public void AnOkVerdict_HasNoTerms_AndNothingToFind()
    {
        var detail = new ProvisionClassifier().ClassifyDetailed(["本办法自印发之日起施行。"])[0];
        Assert.That(detail.Label, Is.EqualTo("ok"));
        Assert.That(detail.KeyTerms, Is.Empty);
        Assert.That(detail.KeyTerms, Is.Not.InstanceOf<LazyKeyTerms>());
    }
}
