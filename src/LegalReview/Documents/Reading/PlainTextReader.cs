using System.Text;
using LegalReview.Documents.Structure;

namespace LegalReview.Documents.Reading;

/// <summary>Reads plain text (UTF-8, UTF-16 with BOM, or GB18030) with the same structure recogniser as .docx.</summary>
internal static class PlainTextReader
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    });

    public static NormativeDocument Read(ReadOnlySpan<byte> bytes, string name, DocumentReaderOptions options)
    {
        var (text, encoding) = Decode(bytes, name);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (lines.Length > options.MaxParagraphs)
        {
            throw new DocumentReadException(name, DocumentReadError.TooManyElements, $"超过 {options.MaxParagraphs:N0} 行");
        }

        var raw = new List<RawParagraph>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            raw.Add(new RawParagraph(lines[i], SourcePartKind.Body, i));
        }

        if (!raw.Any(r => r.Text.Trim().Length > 0))
        {
            throw new DocumentReadException(name, DocumentReadError.NoBodyText);
        }

        return DocumentStructureParser.Build(name, SourceFormat.PlainText, raw, new DocumentProperties { Encoding = encoding }, []);
    }

    /// <summary>Decodes text: a BOM decides; otherwise strict UTF-8, and GB18030 when the bytes are not UTF-8.</summary>
    internal static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new DocumentReadException(name, DocumentReadError.UnsupportedFormat, "内容含有二进制数据");
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var gb = (Encoding)Gb18030.Value.Clone();
            gb.DecoderFallback = DecoderFallback.ExceptionFallback;
            try
            {
                return (gb.GetString(bytes), "gb18030");
            }
            catch (DecoderFallbackException ex)
            {
                throw new DocumentReadException(name, DocumentReadError.UnsupportedFormat, "既不是 UTF-8 也不是 GB18030 编码的文本", ex);
            }
        }
    }
}
