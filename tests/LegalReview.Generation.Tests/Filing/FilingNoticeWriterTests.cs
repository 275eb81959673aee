using DocumentFormat.OpenXml.Packaging;
using LegalReview.Generation.Filing;
using LegalReview.Generation.Tests.Support;

namespace LegalReview.Generation.Tests.Filing;

public sealed class FilingNoticeWriterTests
{
    [TestCase(FilingNoticeKind.SupplementaryExplanation, "备案审查补充说明通知书", "作出说明")]
    [TestCase(FilingNoticeKind.Correction, "规范性文件备案审查建议书", "自行纠正")]
    public void Notice_IsValid_AndStatesEveryPoint(FilingNoticeKind kind, string title, string ask)
    {
        var bytes = SampleDocuments.Notice(kind);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        OpenXmlAssert.IsValid(doc);
        var text = OpenXmlAssert.BodyText(doc);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(title));
            Assert.That(text, Does.Contain(ask));
            Assert.That(text, Does.Contain("晋江市市场监督管理局："));
            Assert.That(text, Does.Contain("《晋江市农贸市场经营管理办法》（晋市监规〔2024〕3号）"));
            Assert.That(text, Does.Contain("（一）第六条。"));
            Assert.That(text, Does.Contain("依据：《优化营商环境条例》第二十五条。"));
            Assert.That(text, Does.Contain("（二）第八条。"));
            Assert.That(text, Does.Contain("2024年4月10日前"));
            Assert.That(text, Does.Contain("2024年3月27日"));
        });
    }

    [Test]
    public void Notice_WithoutItems_IsRefused()
    {
        var input = SampleDocuments.NoticeInput with { Items = [] };
        Assert.That(() => FilingNoticeWriter.Write(FilingNoticeKind.Correction, input, new MemoryStream()), Throws.ArgumentException);
    }
}
