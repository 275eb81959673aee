using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Generation.Tests.Support;

/// <summary>Checks on generated packages.</summary>
internal static class OpenXmlAssert
{
    /// <summary>Asserts a package passes the Open XML validator with no error.</summary>
    public static void IsValid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.That(errors, Is.Empty, string.Join("\n", errors.Take(10)));
    }

    /// <summary>Asserts a .docx passes the validator.</summary>
    public static void IsValidDocx(byte[] bytes)
    {
        using var ms = new MemoryStream(bytes);
        using var doc = WordprocessingDocument.Open(ms, false);
        IsValid(doc);
    }

    /// <summary>The accepted text of a body (deleted text and field codes left out), paragraphs joined with '\n'.</summary>
    public static string BodyText(WordprocessingDocument doc) =>
        string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p =>
            string.Concat(p.Descendants<Text>().Where(t => !t.Ancestors<DeletedRun>().Any()).Select(t => t.Text))));

    /// <summary>The text covered by each comment range of the body, by comment id.</summary>
    public static Dictionary<string, string> CommentedText(WordprocessingDocument doc)
    {
        var open = new Dictionary<string, StringBuilder>();
        var done = new Dictionary<string, string>();
        foreach (var e in doc.MainDocumentPart!.Document!.Body!.Descendants())
        {
            switch (e)
            {
                case CommentRangeStart s:
                    open[s.Id!.Value!] = new StringBuilder();
                    break;
                case CommentRangeEnd end when open.Remove(end.Id!.Value!, out var sb):
                    done[end.Id!.Value!] = sb.ToString();
                    break;
                case Text t when !t.Ancestors<DeletedRun>().Any():
                    foreach (var sb in open.Values)
                    {
                        sb.Append(t.Text);
                    }

                    break;
            }
        }

        return done;
    }
}
