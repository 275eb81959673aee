using System.Text.RegularExpressions;
using LegalReview.Documents.Structure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace LegalReview.Documents.Reading;

/// <summary>
/// Reads the text layer of a PDF (issued documents scanned or printed to PDF over the years) with PdfPig, rejoining
/// the lines a page width broke, so the structure recogniser sees paragraphs. A PDF without text needs OCR and says so.
/// </summary>
internal static partial class PdfTextReader
{
    public static NormativeDocument Read(byte[] bytes, string name, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
            foreach (var page in pdf.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = ContentOrderTextExtractor.GetText(page);
                lines.AddRange(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
                if (lines.Count > options.MaxParagraphs)
                {
                    throw new DocumentReadException(name, DocumentReadError.TooManyElements, $"超过 {options.MaxParagraphs:N0} 行");
                }
            }
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException(name, DocumentReadError.Encrypted, null, ex);
        }
        catch (Exception ex) when (ex is not DocumentReadException and not OperationCanceledException)
        {
            throw new DocumentReadException(name, DocumentReadError.CorruptPackage, "PDF 文件无法解析：" + ex.Message, ex);
        }

        var paragraphs = Rejoin(lines);
        if (paragraphs.Count == 0)
        {
            throw new DocumentReadException(name, DocumentReadError.NeedsOcr);
        }

        var raw = paragraphs.Select((p, i) => new RawParagraph(p, SourcePartKind.Body, i)).ToList();
        return DocumentStructureParser.Build(name, SourceFormat.Pdf, raw, new DocumentProperties(), []);
    }

    /// <summary>Joins a line to the previous one unless the previous ended a sentence or the line starts a provision.</summary>
    internal static List<string> Rejoin(IEnumerable<string> lines)
    {
        var result = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || PageNumber().IsMatch(line))
            {
                continue;
            }

            var norm = TextNormalizer.Normalize(line);
            if (result.Count > 0 && !StartsNewParagraph(norm) && !EndsParagraph(TextNormalizer.Normalize(result[^1])))
            {
                result[^1] += line;
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    // A page-wide line that stops mid-sentence continues on the next line; a short line (title, 落款) or a line ending a
    // sentence closes its paragraph.
    private static bool EndsParagraph(string previous) =>
        previous.Length < 20 || previous[^1] is '。' or '；' or '：' or '！' or '？';

    private static bool StartsNewParagraph(string line) =>
        StructurePatterns.Article().IsMatch(line) || StructurePatterns.Chapter().IsMatch(line) || StructurePatterns.Section().IsMatch(line)
        || StructurePatterns.ChineseParen().IsMatch(line) || StructurePatterns.ChineseComma().IsMatch(line) || StructurePatterns.ArabicDot().IsMatch(line)
        || StructurePatterns.AttachmentNote().IsMatch(line) || StructurePatterns.AttachmentMarker().IsMatch(line) || DocumentDate.TryParse(line, out _);

    [GeneratedRegex(@"^[—－\-－ ]*[0-9]+[ —－\-]*$")]
    private static partial Regex PageNumber();
}
