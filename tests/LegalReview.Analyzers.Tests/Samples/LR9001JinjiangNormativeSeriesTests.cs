using Jinjiang.LegalReview.Rules;
using LegalReview.Documents.Reading;
using LegalReview.Review;

namespace LegalReview.Analyzers.Tests.Samples;

[TestFixture]
public sealed class LR9001JinjiangNormativeSeriesTests
{
    private const string Notice = """
        晋江市人民政府文件
        {0}
        晋江市人民政府关于印发《晋江市城市道路挖掘管理办法》的通知
        各镇人民政府、街道办事处，市直有关单位：
        现将《晋江市城市道路挖掘管理办法》印发给你们，请认真贯彻执行。
        晋江市人民政府
        2024年3月5日
        """;

    [Test]
    public void OrdinarySeries_IsReportedAtTheDocumentNumber()
    {
        var findings = Review(string.Format(System.Globalization.CultureInfo.InvariantCulture, Notice, "晋政文〔2024〕35号"));

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Quote, Is.EqualTo("晋政文〔2024〕35号"));
        Assert.That(findings[0].Message, Does.Contain("晋政规"));
        Assert.That(findings[0].Suggestion, Does.Contain("晋政规〔2024〕N号"));
        Assert.That(findings[0].LegalBasis, Is.Not.Empty);
    }

    [Test]
    public void NormativeSeries_IsNotReported()
    {
        var findings = Review(string.Format(System.Globalization.CultureInfo.InvariantCulture, Notice, "晋政规〔2024〕3号"));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void ConfiguredSeries_ReplacesTheBuiltInOne()
    {
        var options = new ReviewOptions { DocumentNumberSeries = ["晋政文"] };

        var findings = Review(string.Format(System.Globalization.CultureInfo.InvariantCulture, Notice, "晋政文〔2024〕35号"), options);

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void OtherIssuer_IsNotReported()
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Notice, "泉政文〔2024〕35号")
            .Replace("晋江市人民政府", "泉州市人民政府", StringComparison.Ordinal)
            .Replace("晋江市", "泉州市", StringComparison.Ordinal);

        var findings = Review(text);

        Assert.That(findings, Is.Empty);
    }

    private static IReadOnlyList<Finding> Review(string text, ReviewOptions? options = null)
    {
        var document = new DocumentReader().ReadText(text, "jinjiang.txt");
        Assert.That(document.Issuers, Is.Not.Empty, "the sample text must name its issuer");
        var engine = new ReviewEngine([new LR9001JinjiangNormativeSeries()], options ?? new ReviewOptions());
        return engine.Review(document).Findings.Where(f => f.RuleId == "LR9001").ToList();
    }
}
