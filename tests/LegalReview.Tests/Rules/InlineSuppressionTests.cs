using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

/// <summary>A reviewer's Word comment "LegalReview 豁免 LRnnnn：理由" on a provision suppresses that rule's finding there, by the comment's author.</summary>
public sealed class InlineSuppressionTests
{
    [Test]
    public void CommentOnTheProvision_SuppressesThatRuleThere_AndNamesItsAuthor()
    {
        var bytes = WithComment(File.ReadAllBytes(Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx")), "有效期10年", "张律师", "LegalReview 豁免 LR4008：经市政府常务会议研究，有效期另行评估");
        var doc = new DocumentReader().Read(bytes, "09.docx");
        Assert.That(doc.Comments.Single().Author, Is.EqualTo("张律师"));
        var findings = new ReviewEngine(BuiltInRules.All).Review(doc).Findings;
        var validity = findings.Single(f => f.RuleId == "LR4008");
        Assert.That(validity.Suppression, Is.EqualTo(new Suppression("张律师", "经市政府常务会议研究，有效期另行评估", "inline")));
        Assert.That(findings.Single(f => f.RuleId == "LR4007").IsSuppressed, Is.False, "only the named rule is suppressed");
    }

    [Test]
    public void CommentWithoutReason_DoesNotSuppress()
    {
        var bytes = WithComment(File.ReadAllBytes(Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx")), "有效期10年", "张律师", "豁免 LR4008");
        var findings = new ReviewEngine(BuiltInRules.All).Review(new DocumentReader().Read(bytes, "09.docx")).Findings;
        Assert.That(findings.Single(f => f.RuleId == "LR4008").IsSuppressed, Is.False);
    }

    private static byte[] WithComment(byte[] docx, string anchorText, string author, string text)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var doc = WordprocessingDocument.Open(ms, true))
        {
            var main = doc.MainDocumentPart!;
            var part = main.AddNewPart<WordprocessingCommentsPart>();
            part.Comments = new Comments(new Comment(new Paragraph(new Run(new Text(text)))) { Id = "0", Author = author, Initials = "ZLS" });
            var paragraph = main.Document.Body!.Descendants<Paragraph>().First(p => p.InnerText.Contains(anchorText, StringComparison.Ordinal));
            paragraph.InsertAt(new CommentRangeStart { Id = "0" }, paragraph.Elements<Run>().First().ElementsBefore().Count());
            paragraph.Append(new CommentRangeEnd { Id = "0" }, new Run(new CommentReference { Id = "0" }));
        }

        return ms.ToArray();
    }
}
