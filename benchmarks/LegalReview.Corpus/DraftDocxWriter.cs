using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace LegalReview.Corpus;

/// <summary>
/// Writes a <see cref="DraftSource"/> as a .docx with the features real drafts carry, so the reader is tested on them:
/// text split over many runs (<c>%runs: split</c>), Word list numbering (<c>#条</c>, <c>#项</c> lines; through a
/// paragraph style when the app is WPS), tracked insertions <c>{+…+}</c> and deletions <c>{-…-}</c>, soft line breaks
/// <c>↵</c>, footnotes <c>[^…]</c>, complex fields <c>{{field INSTR|RESULT}}</c>, text boxes <c>[[textbox: …]]</c> (with a
/// VML fallback), tables (<c>| a | b |</c> lines), headers and footers, and the saving application in docProps/app.xml.
/// </summary>
public static class DraftDocxWriter
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "mc:Ignorable=\"w14\"";

    /// <summary>Writes the draft to a stream as .docx.</summary>
    /// <param name="source">The draft source.</param>
    /// <param name="output">A writable, seekable stream.</param>
    public static void Write(DraftSource source, Stream output)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);
        var app = source.Directives.GetValueOrDefault("app", "Microsoft Office Word");
        var wps = app.StartsWith("WPS", StringComparison.Ordinal);
        var split = source.Directives.GetValueOrDefault("runs") == "split";
        var footnotes = new List<string>();
        var ids = new Counter();
        var body = new StringBuilder();
        var tableRows = new List<string[]>();
        for (var i = 0; i < source.Lines.Count; i++)
        {
            var line = source.Lines[i];
            if (line.StartsWith('|'))
            {
                tableRows.Add(line.Trim('|').Split('|').Select(c => c.Trim()).ToArray());
                continue;
            }

            FlushTable(body, tableRows, split, ids, footnotes);
            body.Append(Paragraph(line, i, split, wps, ids, footnotes));
        }

        FlushTable(body, tableRows, split, ids, footnotes);

        using var doc = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, true);
        var main = doc.AddMainDocumentPart();
        var sect = new StringBuilder("<w:sectPr>");
        if (source.Directives.TryGetValue("header", out var header))
        {
            var hp = main.AddNewPart<HeaderPart>();
            Feed(hp, $"<w:hdr {Namespaces}><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>{Run(header)}</w:p></w:hdr>");
            sect.Append($"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(hp)}\"/>");
        }

        if (source.Directives.TryGetValue("footer", out var footer))
        {
            var fp = main.AddNewPart<FooterPart>();
            Feed(fp, $"<w:ftr {Namespaces}><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>{Run(footer)}</w:p></w:ftr>");
            sect.Append($"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(fp)}\"/>");
        }

        sect.Append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>");
        Feed(main, $"<w:document {Namespaces}><w:body>{body}{sect}</w:body></w:document>");
        Feed(main.AddNewPart<StyleDefinitionsPart>(), Styles(wps));
        if (source.Lines.Any(l => l.StartsWith("#条 ", StringComparison.Ordinal) || l.StartsWith("#项 ", StringComparison.Ordinal)))
        {
            Feed(main.AddNewPart<NumberingDefinitionsPart>(), Numbering());
        }

        if (footnotes.Count > 0)
        {
            var notes = new StringBuilder($"<w:footnotes {Namespaces}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
            for (var n = 0; n < footnotes.Count; n++)
            {
                notes.Append($"<w:footnote w:id=\"{n + 1}\"><w:p><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>{Run(" " + footnotes[n])}</w:p></w:footnote>");
            }

            notes.Append("</w:footnotes>");
            Feed(main.AddNewPart<FootnotesPart>(), notes.ToString());
        }

        var props = doc.AddExtendedFilePropertiesPart();
        Feed(props, "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
            $"<Template>Normal.dotm</Template><Application>{SecurityElement.Escape(app)}</Application></Properties>");
    }

    /// <summary>Writes the draft as a file: .docx, or a GB18030 .txt when the source asks for it.</summary>
    /// <param name="source">The source.</param>
    /// <param name="folder">The destination folder.</param>
    /// <returns>The path written.</returns>
    public static string WriteFile(DraftSource source, string folder)
    {
        ArgumentNullException.ThrowIfNull(source);
        Directory.CreateDirectory(folder);
        if (source.IsGb18030Text)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var path = Path.Combine(folder, source.Name + ".txt");
            File.WriteAllBytes(path, Encoding.GetEncoding(54936).GetBytes(string.Join("\r\n", source.Lines) + "\r\n"));
            return path;
        }

        var docx = Path.Combine(folder, source.Name + ".docx");
        using var ms = new MemoryStream();
        Write(source, ms);
        File.WriteAllBytes(docx, ms.ToArray());
        return docx;
    }

    private static void FlushTable(StringBuilder body, List<string[]> rows, bool split, Counter ids, List<string> footnotes)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = rows.Max(r => r.Length);
        var width = 8800 / columns;
        body.Append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>");
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            body.Append($"<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
        }

        body.Append("</w:tblBorders><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (var c = 0; c < columns; c++)
        {
            body.Append($"<w:gridCol w:w=\"{width}\"/>");
        }

        body.Append("</w:tblGrid>");
        var index = 1000;
        foreach (var row in rows)
        {
            body.Append("<w:tr>");
            for (var c = 0; c < columns; c++)
            {
                var text = c < row.Length ? row[c] : string.Empty;
                body.Append($"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{Paragraph(text, index++, split, false, ids, footnotes)}</w:tc>");
            }

            body.Append("</w:tr>");
        }

        body.Append("</w:tbl>");
        rows.Clear();
    }

    private static string Paragraph(string line, int index, bool split, bool wps, Counter ids, List<string> footnotes)
    {
        var pPr = string.Empty;
        if (line.StartsWith("#条 ", StringComparison.Ordinal) || line.StartsWith("#项 ", StringComparison.Ordinal))
        {
            var level = line[1] == '条' ? 0 : 1;
            pPr = wps
                ? $"<w:pPr><w:pStyle w:val=\"{(level == 0 ? "a5" : "a6")}\"/></w:pPr>"
                : $"<w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
            line = line[3..];
        }

        if (line.StartsWith("[[textbox:", StringComparison.Ordinal) && line.EndsWith("]]", StringComparison.Ordinal))
        {
            var text = line["[[textbox:".Length..^2].Trim();
            var id = ids.Next();
            var inner = $"<w:txbxContent><w:p>{Run(text)}</w:p></w:txbxContent>";
            return "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>" +
                $"<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"3600000\" cy=\"360000\"/><wp:docPr id=\"{id}\" name=\"文本框 {id}\"/>" +
                "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/>" +
                "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"3600000\" cy=\"360000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>" +
                $"<wps:txbx>{inner}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>" +
                $"<mc:Fallback><w:pict><v:shape id=\"tb{id}\" style=\"width:283pt;height:28pt\"><v:textbox>{inner}</v:textbox></v:shape></w:pict></mc:Fallback>" +
                "</mc:AlternateContent></w:r></w:p>";
        }

        var sb = new StringBuilder("<w:p>").Append(pPr);
        var rng = new Lcg((uint)(index * 7919 + 17));
        var alternate = false;
        foreach (var (kind, text, extra) in Tokenize(line))
        {
            switch (kind)
            {
                case Token.Text when split:
                    for (var i = 0; i < text.Length;)
                    {
                        var n = Math.Min(text.Length - i, 1 + (int)(rng.Next() % 6));
                        sb.Append(Run(text.Substring(i, n), alternate));
                        alternate = !alternate;
                        i += n;
                    }

                    break;
                case Token.Text:
                    sb.Append(Run(text));
                    break;
                case Token.Insert:
                    sb.Append($"<w:ins w:id=\"{ids.Next()}\" w:author=\"起草人\" w:date=\"2024-05-01T10:00:00Z\">{Run(text)}</w:ins>");
                    break;
                case Token.Delete:
                    sb.Append($"<w:del w:id=\"{ids.Next()}\" w:author=\"起草人\" w:date=\"2024-05-01T10:00:00Z\"><w:r><w:delText xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:delText></w:r></w:del>");
                    break;
                case Token.Break:
                    sb.Append("<w:r><w:br/></w:r>");
                    break;
                case Token.Footnote:
                    footnotes.Add(text);
                    sb.Append($"<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"{footnotes.Count}\"/></w:r>");
                    break;
                case Token.Field:
                    sb.Append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                        .Append($"<w:r><w:instrText xml:space=\"preserve\"> {SecurityElement.Escape(extra)} </w:instrText></w:r>")
                        .Append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                        .Append(Run(text))
                        .Append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
                    break;
            }
        }

        return sb.Append("</w:p>").ToString();
    }

    private enum Token
    {
        Text,
        Insert,
        Delete,
        Break,
        Footnote,
        Field,
    }

    private static IEnumerable<(Token Kind, string Text, string Extra)> Tokenize(string line)
    {
        var i = 0;
        var text = new StringBuilder();
        while (i < line.Length)
        {
            (Token Kind, string Close)? open = line.AsSpan(i).StartsWith("{+") ? (Token.Insert, "+}")
                : line.AsSpan(i).StartsWith("{-") ? (Token.Delete, "-}")
                : line.AsSpan(i).StartsWith("[^") ? (Token.Footnote, "]")
                : line.AsSpan(i).StartsWith("{{field ") ? (Token.Field, "}}")
                : null;
            if (line[i] == '↵')
            {
                if (text.Length > 0)
                {
                    yield return (Token.Text, text.ToString(), string.Empty);
                    text.Clear();
                }

                yield return (Token.Break, string.Empty, string.Empty);
                i++;
                continue;
            }

            if (open is { } o)
            {
                var start = i + (o.Kind == Token.Field ? "{{field ".Length : 2);
                var end = line.IndexOf(o.Close, start, StringComparison.Ordinal);
                if (text.Length > 0)
                {
                    yield return (Token.Text, text.ToString(), string.Empty);
                    text.Clear();
                }

                var content = line[start..end];
                if (o.Kind == Token.Field)
                {
                    var bar = content.LastIndexOf('|');
                    yield return (Token.Field, content[(bar + 1)..], content[..bar]);
                }
                else
                {
                    yield return (o.Kind, content, string.Empty);
                }

                i = end + o.Close.Length;
                continue;
            }

            text.Append(line[i]);
            i++;
        }

        if (text.Length > 0)
        {
            yield return (Token.Text, text.ToString(), string.Empty);
        }
    }

    private static string Run(string text, bool alternate = false) =>
        $"<w:r><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\"{(alternate ? " w:hint=\"eastAsia\"" : string.Empty)}/></w:rPr><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    private static string Styles(bool wps)
    {
        var sb = new StringBuilder($"<w:styles {Namespaces}>");
        sb.Append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault></w:docDefaults>");
        sb.Append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
        if (wps)
        {
            sb.Append("<w:style w:type=\"paragraph\" w:styleId=\"a5\"><w:name w:val=\"条\"/><w:basedOn w:val=\"a\"/><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>");
            sb.Append("<w:style w:type=\"paragraph\" w:styleId=\"a6\"><w:name w:val=\"项\"/><w:basedOn w:val=\"a5\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>");
        }

        return sb.Append("</w:styles>").ToString();
    }

    private static string Numbering() =>
        $"<w:numbering {Namespaces}><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>" +
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCountingThousand\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\"第%1条\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"（%2）\"/><w:lvlJc w:val=\"left\"/></w:lvl>" +
        "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var ms = new MemoryStream(new UTF8Encoding(false).GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(ms);
    }

    private sealed class Counter
    {
        private int _value;

        public int Next() => ++_value;
    }

    private sealed class Lcg(uint seed)
    {
        private uint _state = seed;

        public uint Next()
        {
            _state = unchecked((_state * 1664525) + 1013904223);
            return _state >> 8;
        }
    }
}
