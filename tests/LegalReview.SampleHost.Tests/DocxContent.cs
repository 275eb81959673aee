using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.SampleHost.Tests;

/// <summary>Reads a downloaded .docx the way Word would: its body text, and each comment with the words it is anchored on.</summary>
public sealed record DocxContent(string Text, IReadOnlyList<(string Comment, string Anchor)> Comments)
{
    public static DocxContent Open(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var doc = WordprocessingDocument.Open(stream, isEditable: false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));

        var anchors = new Dictionary<string, System.Text.StringBuilder>();
        var open = new HashSet<string>();
        foreach (var element in body.Descendants())
        {
            switch (element)
            {
                case CommentRangeStart start:
                    open.Add(start.Id!.Value!);
                    anchors[start.Id.Value!] = new System.Text.StringBuilder();
                    break;
                case CommentRangeEnd end:
                    open.Remove(end.Id!.Value!);
                    break;
                case Text t:
                    foreach (var id in open)
                    {
                        anchors[id].Append(t.Text);
                    }

                    break;
            }
        }

        var comments = doc.MainDocumentPart.WordprocessingCommentsPart?.Comments?.Elements<Comment>()
            .Select(c => (c.InnerText, anchors.TryGetValue(c.Id!.Value!, out var a) ? a.ToString() : string.Empty))
            .ToList() ?? [];
        return new DocxContent(text, comments);
    }
}
