using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Generation.Statistics;
using LegalReview.Generation.Tests.Support;

namespace LegalReview.Generation.Tests.Statistics;

public sealed class AnnualStatisticsDocxWriterTests
{
    [Test]
    public void Section_IsValid_WithTitleTextAndFiguresTable()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(SampleDocuments.StatisticsSection()), false);
        OpenXmlAssert.IsValid(doc);
        var text = OpenXmlAssert.BodyText(doc);
        var rows = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        var figures = SampleDocuments.Statistics.Figures;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("2023年行政规范性文件合法性审核和备案审查工作情况"));
            Assert.That(text, Does.Contain(SampleDocuments.StatisticsParagraph));
            Assert.That(rows, Has.Count.EqualTo(figures.Count + 1));
            Assert.That(rows[0], Is.EqualTo(new[] { "序号", "项目", "数量" }));
            Assert.That(rows[1], Is.EqualTo(new[] { "1", "收部门送审文件（件）", "86" }));
            Assert.That(rows.Select(r => r[1]), Does.Contain("报泉州市人民政府备案（件）"));
            Assert.That(rows.Select(r => r[2]).Skip(1), Is.EqualTo(figures.Select(f => f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        });
    }
}
