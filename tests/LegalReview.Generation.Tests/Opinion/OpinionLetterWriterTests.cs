using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Generation.Opinion;
using LegalReview.Generation.Tests.Support;
using LegalReview.Review;

namespace LegalReview.Generation.Tests.Opinion;

public sealed class OpinionLetterWriterTests
{
    private static (ReviewResult Result, WordprocessingDocument Doc, byte[] Bytes) Letter(OpinionLetterInput? input = null)
    {
        var result = SampleReview.ReviewText();
        using var ms = new MemoryStream();
        OpinionLetterWriter.Write(result, input ?? SampleDocuments.LetterInput, ms);
        var bytes = ms.ToArray();
        return (result, WordprocessingDocument.Open(new MemoryStream(bytes), false), bytes);
    }

    [Test]
    public void Letter_IsValidOpenXml()
    {
        var (_, doc, _) = Letter();
        using (doc)
        {
            OpenXmlAssert.IsValid(doc);
        }
    }

    [Test]
    public void Letter_QuotesEveryAcceptedFinding_WithLabelQuoteAndBasis()
    {
        var (result, doc, _) = Letter();
        using (doc)
        {
            var text = OpenXmlAssert.BodyText(doc);
            var accepted = SampleDocuments.LetterInput.SelectAccepted(result.Findings);
            Assert.That(accepted, Is.Not.Empty);
            Assert.Multiple(() =>
            {
                foreach (var f in accepted)
                {
                    Assert.That(text, Does.Contain("关于" + f.Location.Label + "。"), f.RuleId);
                    Assert.That(text, Does.Contain("“" + f.Quote + "”"), f.RuleId);
                    foreach (var basis in f.LegalBasis)
                    {
                        Assert.That(text, Does.Contain(basis), f.RuleId);
                    }
                }

                Assert.That(text, Does.Contain("晋江市司法局"));
                Assert.That(text, Does.Contain("晋司审〔2024〕12号"));
                Assert.That(text, Does.Contain("关于《晋江市农贸市场经营管理办法（送审稿）》的合法性审核意见书"));
                Assert.That(text, Does.Contain("晋江市市场监督管理局："));
                Assert.That(text, Does.Contain("按本意见修改后合法"));
                Assert.That(text, Does.Contain("三、其他意见"));
                Assert.That(text, Does.Contain("2024年3月5日"));
                Assert.That(text, Does.Contain("（联系人：林某某，联系电话：0595-85600000）"));
            });
        }
    }

    [Test]
    public void AcceptedIndices_LimitTheSpecificOpinions()
    {
        var result = SampleReview.ReviewText();
        var pick = result.Findings.Select((f, i) => (f, i)).First(x => x.f.Quote.Length > 0);
        var (_, doc, _) = Letter(SampleDocuments.LetterInput with { AcceptedIndices = [pick.i], ReviewerNotes = [] });
        using (doc)
        {
            var text = OpenXmlAssert.BodyText(doc);
            Assert.Multiple(() =>
            {
                Assert.That(text, Does.Contain("（一）关于" + pick.f.Location.Label));
                Assert.That(text, Does.Not.Contain("（二）关于"));
                Assert.That(text, Does.Not.Contain("其他意见"));
            });
        }
    }

    [Test]
    public void UnlawfulConclusion_NamesTheProblemCategories()
    {
        var (_, doc, _) = Letter(SampleDocuments.LetterInput with { Conclusion = ReviewConclusion.Unlawful });
        using (doc)
        {
            Assert.That(OpenXmlAssert.BodyText(doc), Does.Contain("不合法，不得按现有文本提请审议或者印发"));
        }
    }

    [Test]
    public void Layout_FollowsGbT9704()
    {
        var (_, doc, _) = Letter();
        using (doc)
        {
            var main = doc.MainDocumentPart!;
            var sect = main.Document!.Body!.Elements<SectionProperties>().Single();
            var margin = sect.GetFirstChild<PageMargin>()!;
            var grid = sect.GetFirstChild<DocGrid>()!;
            var size = sect.GetFirstChild<PageSize>()!;
            var fonts = main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
            var footers = main.FooterParts.Select(f => f.Footer!).ToList();
            var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            var titleRun = main.Document.Body.Descendants<Run>().First(r => r.InnerText.EndsWith("合法性审核意见书", StringComparison.Ordinal));
            var markRun = main.Document.Body.Descendants<Run>().First();
            Assert.Multiple(() =>
            {
                Assert.That((size.Width!.Value, size.Height!.Value), Is.EqualTo((11906U, 16838U)), "A4");
                Assert.That((margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value), Is.EqualTo((2098, 1984, 1587U, 1474U)), "37/35/28/26 mm");
                Assert.That(grid.Type!.Value, Is.EqualTo(DocGridValues.LinesAndChars));
                Assert.That(grid.LinePitch!.Value, Is.EqualTo(579), "22 lines");
                Assert.That(grid.CharacterSpace!.Value, Is.EqualTo(-842), "28 characters");
                Assert.That(defaults.RunFonts!.EastAsia!.Value, Is.EqualTo("仿宋_GB2312"));
                Assert.That(defaults.FontSize!.Val!.Value, Is.EqualTo("32"));
                Assert.That(fonts["仿宋_GB2312"], Is.EqualTo("仿宋"));
                Assert.That(fonts["方正小标宋简体"], Is.EqualTo("宋体"));
                Assert.That(fonts["黑体"], Is.EqualTo("SimHei"));
                Assert.That(fonts["楷体_GB2312"], Is.EqualTo("楷体"));
                Assert.That(titleRun.RunProperties!.RunFonts!.EastAsia!.Value, Is.EqualTo("方正小标宋简体"));
                Assert.That(titleRun.RunProperties.FontSize!.Val!.Value, Is.EqualTo("44"));
                Assert.That(markRun.RunProperties!.Color!.Val!.Value, Is.EqualTo("FF0000"));
                Assert.That(footers, Has.Count.EqualTo(2));
                Assert.That(footers.All(f => f.Descendants<FieldCode>().Any(c => c.Text.Trim() == "PAGE")), Is.True);
                Assert.That(footers.All(f => f.InnerText.StartsWith("— ", StringComparison.Ordinal) && f.InnerText.EndsWith(" —", StringComparison.Ordinal)), Is.True);
                Assert.That(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>(), Is.Not.Null);
            });
        }
    }

    [TestCase("合法", ReviewConclusion.Lawful)]
    [TestCase("修改后合法", ReviewConclusion.LawfulAfterRevision)]
    [TestCase("不合法", ReviewConclusion.Unlawful)]
    public void Conclusion_RoundTripsItsChineseName(string text, ReviewConclusion expected)
    {
        Assert.That(ReviewConclusions.TryParse(text, out var c), Is.True);
        Assert.That((c, c.ToChinese()), Is.EqualTo((expected, text)));
    }

    /// <summary>A rule's error, a classifier hint and a nearest-cases hint configured up to warning.</summary>
    private static ReviewResult WithHints()
    {
        var doc = new LegalReview.Documents.Reading.DocumentReader().Read(SampleReview.Docx(), "晋江市农贸市场经营管理办法（送审稿）.docx");
        return new ReviewResult(
            doc,
            [Findings.At(doc, "诚信经营保证金"), Findings.Hint(doc, "农药残留快速检测"), Findings.Hint(doc, "入场销售者档案", FindingSource.NearestCases, FindingSeverity.Warning)],
            ReviewProfile.National,
            ["LR2010"],
            TimeSpan.Zero);
    }

    private static string LetterText(ReviewResult result, OpinionLetterInput input)
    {
        using var ms = new MemoryStream();
        OpinionLetterWriter.Write(result, input, ms);
        using var doc = WordprocessingDocument.Open(new MemoryStream(ms.ToArray()), false);
        return OpenXmlAssert.BodyText(doc);
    }

    [Test]
    public void HintsNotAccepted_NeverEnterTheLetter_EvenAtWarning()
    {
        var text = LetterText(WithHints(), SampleDocuments.LetterInput with { ReviewerNotes = [] });
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("（一）关于").And.Contain("“诚信经营保证金”"));
            Assert.That(text, Does.Not.Contain("（二）关于"));
            Assert.That(text, Does.Not.Contain("农药残留快速检测").And.Not.Contain("入场销售者档案").And.Not.Contain("分类器").And.Not.Contain("参考案例"));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public void AHintTheReviewerAccepted_IsAnOrdinaryOpinion(bool byIndex)
    {
        var result = WithHints();
        var hint = result.Findings[2];
        var input = byIndex
            ? SampleDocuments.LetterInput with { AcceptedIndices = [0, 2], ReviewerNotes = [] }
            : SampleDocuments.LetterInput with { Accept = f => f.Source == FindingSource.Rule || f == hint, ReviewerNotes = [] };
        var text = LetterText(result, input);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("（一）关于").And.Contain("“诚信经营保证金”"));
            Assert.That(text, Does.Contain("（二）关于" + hint.Location.Label + "。原文为“入场销售者档案”。"));
            Assert.That(text, Does.Contain("参考案例：某省通报"));
            Assert.That(text, Does.Not.Contain("农药残留快速检测"), "the classifier hint was not accepted");
            // Adopted, the hint is the reviewing body's finding, stated without the model's wording or caveat.
            Assert.That(text, Does.Contain("经审查，该内容涉嫌设定收费、基金、保证金、摊派或者征收征用，未见法律、法规或者规章依据。"));
            Assert.That(text, Does.Not.Contain("近邻一致度").And.Not.Contain("置信度").And.Not.Contain("本提示由"));
        });
    }
}
