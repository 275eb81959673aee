using LegalReview.Documents;

namespace LegalReview.Tests.Documents;

public sealed class ChineseNumeralsTests
{
    [TestCase("一", 1)]
    [TestCase("十", 10)]
    [TestCase("十二", 12)]
    [TestCase("二十", 20)]
    [TestCase("一百零三", 103)]
    [TestCase("一百一十", 110)]
    [TestCase("两千零二十四", 2024)]
    [TestCase("二〇二四", 2024)]
    [TestCase("一二", 12)]
    [TestCase("12", 12)]
    [TestCase("１２", 12)]
    [TestCase("壹佰贰拾", 120)]
    [TestCase("三万零五", 30005)]
    public void Parse(string text, int value) => Assert.That(ChineseNumerals.Parse(text), Is.EqualTo(value));

    [TestCase("")]
    [TestCase("十a")]
    [TestCase("第一")]
    public void NotANumeral(string text) => Assert.That(ChineseNumerals.TryParse(text, out _), Is.False);

    [TestCase(1, "一")]
    [TestCase(10, "十")]
    [TestCase(11, "十一")]
    [TestCase(20, "二十")]
    [TestCase(103, "一百零三")]
    [TestCase(110, "一百一十")]
    [TestCase(1001, "一千零一")]
    [TestCase(20030, "二万零三十")]
    public void ToCounting_RoundTrips(int value, string text)
    {
        Assert.That(ChineseNumerals.ToCounting(value), Is.EqualTo(text));
        Assert.That(ChineseNumerals.Parse(text), Is.EqualTo(value));
    }

    [Test]
    public void ToCounting_RoundTripsOneToThreeHundred()
    {
        for (var i = 1; i <= 300; i++)
        {
            Assert.That(ChineseNumerals.Parse(ChineseNumerals.ToCounting(i)), Is.EqualTo(i));
        }
    }

    [Test]
    public void ToDigitwise() => Assert.That(ChineseNumerals.ToDigitwise(2024), Is.EqualTo("二〇二四"));
}
