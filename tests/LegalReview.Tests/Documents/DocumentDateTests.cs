using LegalReview.Documents;

namespace LegalReview.Tests.Documents;

public sealed class DocumentDateTests
{
    [TestCase("2024年3月5日", DateTextForm.Standard)]
    [TestCase("2024年03月05日", DateTextForm.ZeroPadded)]
    [TestCase("二〇二四年三月五日", DateTextForm.ChineseNumerals)]
    [TestCase("二○二四年三月五日", DateTextForm.ChineseNumerals)]
    [TestCase("2024.3.5", DateTextForm.Punctuated)]
    [TestCase("2024-3-5", DateTextForm.Punctuated)]
    [TestCase("24年3月5日", DateTextForm.AbbreviatedYear)]
    [TestCase("２０２４年３月５日", DateTextForm.FullWidthDigits)]
    public void EveryFormParsesToTheSameDate(string text, object form)
    {
        // object: the written forms are internal (LR5002 reports them), and a public test method cannot take them.
        Assert.That(DocumentDate.TryParse(text, out var d), Is.True);
        Assert.That(d!.Value, Is.EqualTo(new DateOnly(2024, 3, 5)));
        Assert.That(d.Form, Is.EqualTo((DateTextForm)form));
        Assert.That(d.Original, Is.EqualTo(text));
    }

    [TestCase("2024年2月30日")]
    [TestCase("2024年13月1日")]
    [TestCase("10.1.2")]
    public void InvalidDates_AreRejected(string text) => Assert.That(DocumentDate.TryParse(text, out _), Is.False);

    [Test]
    public void DateInLine_IsFound()
    {
        Assert.That(DocumentDate.TryFind("本办法自2025年3月1日起施行", out var d, out var at, out var len), Is.True);
        Assert.That((d!.Value, at, len), Is.EqualTo((new DateOnly(2025, 3, 1), 4, 9)));
    }

    [Test]
    public void FormatStandard() => Assert.That(DocumentDate.FormatStandard(new DateOnly(2024, 10, 1)), Is.EqualTo("2024年10月1日"));
}
