using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Generation.Reports;
using LegalReview.Generation.Tests.Support;

namespace LegalReview.Generation.Tests.Reports;

public sealed class CleanupReportWriterTests
{
    [Test]
    public void Report_IsValid_AndListsEachDocumentUnderItsAction()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(SampleDocuments.CleanupReport()), false);
        OpenXmlAssert.IsValid(doc);
        var text = OpenXmlAssert.BodyText(doc);
        var tables = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("本次共清理文件3件，经清理，拟保留1件，拟修改1件，拟废止1件。"));
            Assert.That(text, Does.Contain("一、拟废止的文件（1件）"));
            Assert.That(text, Does.Contain("二、拟修改的文件（1件）"));
            Assert.That(text, Does.Contain("三、拟保留的文件（1件）"));
            Assert.That(tables, Has.Count.EqualTo(3));
            Assert.That(tables[0].InnerText, Does.Contain("晋江市城市道路停车管理办法").And.Contain("晋政规〔2019〕4号"));
            Assert.That(tables[1].InnerText, Does.Contain("晋江市农贸市场经营管理办法"));
            Assert.That(tables[2].InnerText, Does.Contain("晋江市促进建筑业高质量发展若干措施"));
        });
    }

    [Test]
    public void DefaultProposal_AmendsADraftWithErrors()
    {
        var result = SampleReview.ReviewText();
        var entry = CleanupEntry.FromReview(result, new DateOnly(2024, 3, 5));
        Assert.That(result.HasErrors, Is.True);
        Assert.That(entry.Action, Is.EqualTo(CleanupAction.Amend));
        Assert.That(entry.Reasons, Has.Count.EqualTo(result.ActiveFindings.Count(f => f.Severity == LegalReview.Review.FindingSeverity.Error)));
    }

    [Test]
    public void DefaultProposal_RepealsWhenTheValidityHasEnded()
    {
        var text = string.Join("\n", SampleReview.Lines.Select(l => l.StartsWith("第八条", StringComparison.Ordinal) ? "第八条 本办法自2019年3月1日起施行，有效期5年。" : l));
        var result = new LegalReview.Review.ReviewEngine(LegalReview.Rules.BuiltInRules.All).Review(new LegalReview.Documents.Reading.DocumentReader().ReadText(text));
        var entry = CleanupEntry.FromReview(result, new DateOnly(2025, 1, 1));
        Assert.That(entry.Action, Is.EqualTo(CleanupAction.Repeal));
        Assert.That(entry.Reasons[0], Does.StartWith("有效期已于2024年2月").And.Contain("届满"));
    }

    [Test]
    public void DefaultProposal_KeepsACleanDocument()
    {
        var text = "晋江市人民政府关于印发晋江市某某管理办法的通知\n晋政规〔2024〕1号\n第一条 为了规范管理，制定本办法。\n第二条 本办法自2024年6月1日起施行，有效期5年。\n晋江市人民政府\n2024年3月1日";
        var result = new LegalReview.Review.ReviewEngine(LegalReview.Rules.BuiltInRules.All).Review(new LegalReview.Documents.Reading.DocumentReader().ReadText(text));
        var entry = CleanupEntry.FromReview(result, new DateOnly(2024, 12, 1));
        Assert.That(result.HasErrors, Is.False, string.Join("；", result.ActiveFindings.Select(f => f.RuleId + f.Message)));
        Assert.That(entry.Action, Is.EqualTo(CleanupAction.Keep));
    }
}
