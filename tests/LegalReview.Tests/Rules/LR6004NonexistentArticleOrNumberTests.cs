using LegalReview.Documents.Reading;
using LegalReview.Knowledge;
using LegalReview.Review;
using LegalReview.Rules;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR6004NonexistentArticleOrNumberTests
{
    private static string Doc(string article) => "某县行政许可实施办法\n第一条 " + article + "\n第二条 本办法自2025年6月1日起施行。";

    [Test]
    public void ArticleBeyondTheLawsLength_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR6004", Doc("依照⟦《中华人民共和国行政许可法》第八十五条⟧，制定本办法。"));
        Assert.That(findings.Single().Message, Does.Contain("共八十三条"));
    }

    [Test]
    public void TitleOf115PairedWithNumber37_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR6004", Doc("根据⟦国办发〔2018〕37号《关于全面推行行政规范性文件合法性审核机制的指导意见》⟧，制定本办法。"));
        Assert.That(findings.Single().Suggestion, Does.Contain("国办发〔2018〕115号"));
    }

    [Test]
    public void TitleOf37FollowedByNumber115_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR6004", Doc("根据⟦《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕115号）⟧，制定本办法。"));
        Assert.That(findings.Single().Suggestion, Does.Contain("国办发〔2018〕37号"));
    }

    [TestCase("依照《中华人民共和国行政许可法》第十七条，制定本办法。")]
    [TestCase("根据国办发〔2018〕115号《关于全面推行行政规范性文件合法性审核机制的指导意见》，制定本办法。")]
    [TestCase("根据《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发[2018]37号），制定本办法。")]
    [TestCase("依照《某省行政许可监督条例》第九十九条，制定本办法。")]
    [TestCase("根据《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕第115号），制定本办法。")]
    public void CorrectCitation_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR6004", Doc(article));
    }

    [Test]
    public void ArticleMissingFromTheLibraryText_IsReported()
    {
        // A library whose 行政许可法 text stops at 第十条: 第十七条 is within the indexed count but absent from the text.
        var root = Directory.CreateTempSubdirectory("lr6004-");
        try
        {
            var law = KnowledgeBase.Default.FindLaw("行政许可法")[0];
            var file = Path.Combine(root.FullName, law.TextFile["laws/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllLines(file, ["# 中华人民共和国行政许可法", .. Enumerable.Range(1, 10).Select(n => $"第{LegalReview.Documents.ChineseNumerals.ToCounting(n)}条 条文内容。")]);
            var findings = RuleTester.AssertFindings("LR6004", Doc("依照⟦《中华人民共和国行政许可法》第十七条⟧，制定本办法。"), new ReviewOptions { LawLibraryPath = root.FullName });
            Assert.That(findings.Single().Message, Does.Contain("文本中没有"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Test]
    public void ExistingArticle_IsNotReportedAgainstTheSharedLawLibrary()
    {
        var library = SharedLawLibrary();
        if (library is null)
        {
            Assert.Ignore("The shared law library (../shared/data/laws from the repository root) is not present.");
        }

        var options = new ReviewOptions { LawLibraryPath = library };
        RuleTester.AssertNoFindings("LR6004", Doc("依照《中华人民共和国行政许可法》第十七条，制定本办法。"), options);
        RuleTester.AssertFindings("LR6004", Doc("依照⟦《中华人民共和国行政许可法》第八十五条⟧，制定本办法。"), options);
    }

    private static string? SharedLawLibrary()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
            {
                var laws = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "laws"));
                return Directory.Exists(laws) ? laws : null;
            }
        }

        return null;
    }
}
