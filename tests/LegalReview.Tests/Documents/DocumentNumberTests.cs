using LegalReview.Documents;

namespace LegalReview.Tests.Documents;

public sealed class DocumentNumberTests
{
    [Test]
    public void StandardNumber_IsParsedIntoParts()
    {
        Assert.That(DocumentNumber.TryParse("晋政规〔2024〕1号", out var n), Is.True);
        Assert.That(n!.AgencyCode, Is.EqualTo("晋政规"));
        Assert.That(n.Year, Is.EqualTo(2024));
        Assert.That(n.Sequence, Is.EqualTo(1));
        Assert.That(n.IsWellFormed, Is.True);
        Assert.That(n.Canonical, Is.EqualTo("晋政规〔2024〕1号"));
    }

    [TestCase("晋政规[2024]1号", DocumentNumberProblem.WrongYearBrackets)]
    [TestCase("晋政规【2024】1号", DocumentNumberProblem.WrongYearBrackets)]
    [TestCase("晋政规（2024）1号", DocumentNumberProblem.WrongYearBrackets)]
    [TestCase("晋政规(2024)1号", DocumentNumberProblem.WrongYearBrackets)]
    [TestCase("晋政规〔24〕1号", DocumentNumberProblem.AbbreviatedYear)]
    [TestCase("晋政规〔2024〕第1号", DocumentNumberProblem.OrdinalPrefix)]
    [TestCase("晋政规〔2024〕01号", DocumentNumberProblem.LeadingZeros)]
    [TestCase("晋政规〔2024〕1", DocumentNumberProblem.MissingHao)]
    [TestCase("晋政规〔二〇二四〕1号", DocumentNumberProblem.NonArabicDigits)]
    public void MalformedNumber_NamesTheProblem(string text, object problem)
    {
        // object: the problem kinds are internal (LR5001 reports them), and a public test method cannot take them.
        Assert.That(DocumentNumber.TryParse(text, out var n), Is.True);
        Assert.That(n!.Problems, Does.Contain((DocumentNumberProblem)problem));
        Assert.That(n.IsWellFormed, Is.False);
        Assert.That(n.Raw, Is.EqualTo(text));
    }

    [Test]
    public void NumberInsideALine_IsFoundWithItsOffset()
    {
        Assert.That(DocumentNumber.TryFind("（2024年3月5日 晋政规〔2024〕3号印发）", out var n, out var at), Is.True);
        Assert.That(n!.Raw, Is.EqualTo("晋政规〔2024〕3号"));
        Assert.That(at, Is.EqualTo(11));
    }

    [Test]
    public void OrdinaryText_HasNoNumber() => Assert.That(DocumentNumber.TryFind("本办法自2024年3月5日起施行。", out _, out _), Is.False);
}
