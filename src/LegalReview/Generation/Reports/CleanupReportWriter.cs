using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Generation.Docx;

namespace LegalReview.Generation.Reports;

/// <summary>
/// Writes the 清理 report as a .docx (GB/T 9704 layout): the scope, the totals, and one table each of the
/// documents proposed to keep, amend and repeal, with the reasons.
/// </summary>
/// <remarks>
/// The tables are streamed. <see cref="OfficialDocumentBuilder"/> lays out the report with each table reduced to its
/// header row: a small package whose styles, fonts, settings, footers, properties, relationships and body are those of
/// the full report. Its parts are copied into a zip written in order straight to the destination
/// (<see cref="ZipArchiveMode.Create"/>), except the main document part, which is written again through an
/// <see cref="OpenXmlWriter"/> with each table's rows emitted, one entry at a time, after its header row. Memory thus
/// does not grow with the number of entries, whereas building the whole document as a DOM and saving it through
/// System.IO.Packaging (which holds every part uncompressed) held several hundred megabytes for 10,000 documents.
/// </remarks>
public static class CleanupReportWriter
{
    private const string MainDocumentPart = "word/document.xml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report.</summary>
    /// <param name="input">The report facts and the documents.</param>
    /// <param name="stream">The destination (left open); it need not be seekable.</param>
    public static void Write(CleanupReportInput input, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(stream);
        Write(input, stream, CancellationToken.None);
    }

    /// <summary>Writes the report to a file, streaming to it; the file is replaced only once the report is complete.</summary>
    /// <param name="input">The report facts and the documents.</param>
    /// <param name="path">The .docx path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static async Task WriteFileAsync(CleanupReportInput input, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(path);
        await ReplacingFile.WriteAsync(path, stream => Write(input, stream, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Chinese name of an action: 保留, 修改, 废止.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The name.</returns>
    internal static string ActionName(CleanupAction action) => action switch
    {
        CleanupAction.Keep => "保留",
        CleanupAction.Amend => "修改",
        CleanupAction.Repeal => "废止",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static void Write(CleanupReportInput input, Stream stream, CancellationToken cancellationToken)
    {
        var (skeleton, tables) = Skeleton(input);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using var source = new ZipArchive(new MemoryStream(skeleton, writable: false), ZipArchiveMode.Read);
        foreach (var part in source.Entries)
        {
            var entry = zip.CreateEntry(part.FullName, CompressionLevel.Optimal);
            entry.LastWriteTime = part.LastWriteTime;
            using var to = entry.Open();
            if (part.FullName == MainDocumentPart)
            {
                WriteMainDocument(skeleton, to, input.Entries, tables, cancellationToken);
            }
            else
            {
                using var from = part.Open();
                from.CopyTo(to);
            }
        }
    }

    /// <summary>
    /// Lays out the report with each table holding only its header row, and says which action each table, in body
    /// order, lists.
    /// </summary>
    private static (byte[] Package, List<CleanupAction> Tables) Skeleton(CleanupReportInput input)
    {
        var title = input.Title ?? "关于行政规范性文件清理情况的报告";
        var b = new OfficialDocumentBuilder { Title = title, Author = input.ReportingBody };
        b.IssuerMark(input.ReportingBody);
        b.NumberAndSeparator(input.ReportNumber);
        b.DocumentTitle(title);
        if (!string.IsNullOrWhiteSpace(input.Recipient))
        {
            b.Recipient(input.Recipient);
        }

        int keep = 0, amend = 0, repeal = 0;
        foreach (var e in input.Entries)
        {
            keep += e.Action == CleanupAction.Keep ? 1 : 0;
            amend += e.Action == CleanupAction.Amend ? 1 : 0;
            repeal += e.Action == CleanupAction.Repeal ? 1 : 0;
        }

        b.Body($"根据行政规范性文件管理有关规定，我单位对{input.Scope}进行了全面清理，逐件审查其制定依据是否已修改或者废止、内容是否与现行法律、法规、规章和国家政策相一致、有效期是否届满。本次共清理文件{input.Entries.Count}件，经清理，拟保留{keep}件，拟修改{amend}件，拟废止{repeal}件。具体情况如下：");

        var tables = new List<CleanupAction>(3);
        var section = 1;
        foreach (var (action, count) in new[] { (CleanupAction.Repeal, repeal), (CleanupAction.Amend, amend), (CleanupAction.Keep, keep) })
        {
            b.Heading1($"{LegalText.Ordinal(section++)}拟{ActionName(action)}的文件（{count}件）");
            if (count == 0)
            {
                b.Body("无。");
                continue;
            }

            b.Table(["序号", "文件名称", "文号", "清理理由"], [], [9, 29, 20, 42]);
            tables.Add(action);
        }

        if (input.IncompletelyReviewed.Count > 0)
        {
            b.Body($"另，以下{input.IncompletelyReviewed.Count}件文件在自动审查中有审查规则运行出错，其清理意见可能不完整，请人工复核：{string.Join("、", input.IncompletelyReviewed.Select(t => t.StartsWith('《') ? t : $"《{t}》"))}。");
        }

        b.Body("以上清理意见，请审定。");
        b.Signature(input.ReportingBody, input.Date);
        return (b.ToArray(), tables);
    }

    /// <summary>
    /// Writes the skeleton's main document part again, element for element, adding after each table's header row a
    /// row for each entry of that table's action, in the order of the entries.
    /// </summary>
    private static void WriteMainDocument(byte[] skeleton, Stream to, IReadOnlyList<CleanupEntry> entries, List<CleanupAction> tables, CancellationToken cancellationToken)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(skeleton, writable: false), false);
        var document = package.MainDocumentPart!.Document!;
        var body = document.Body!;

        // Loading keeps the namespace declarations the builder's save made where a prefix was first used (xmlns:r on
        // each w:footerReference), and an element's own declarations are written before its attributes. Dropped, they
        // are declared again by the writer where used, after the attributes, so the part reads as the builder wrote it.
        foreach (var element in body.Descendants())
        {
            foreach (var prefix in element.NamespaceDeclarations.Select(d => d.Key).ToList())
            {
                element.RemoveNamespaceDeclaration(prefix);
            }
        }

        using var w = OpenXmlWriter.Create(to, Utf8);
        w.WriteStartDocument();
        w.WriteStartElement(document);
        w.WriteStartElement(body);
        var table = 0;
        foreach (var element in body.ChildElements)
        {
            if (element is not Table t)
            {
                w.WriteElement(element);
                continue;
            }

            w.WriteStartElement(t);
            foreach (var child in t.ChildElements)
            {
                w.WriteElement(child);
            }

            var rows = new RowWriter(w, t.Elements<TableRow>().Single());
            var action = tables[table++];
            var number = 0;
            foreach (var e in entries)
            {
                if (e.Action != action)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                rows.Write(++number, e);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.Close();
    }

    /// <summary>
    /// Writes a table's body rows as <see cref="OfficialDocumentBuilder.Table"/> lays them out, from elements made once
    /// per table: a body row is the header row without its w:trPr, in 仿宋 rather than 黑体, with each cell left-aligned
    /// unless its text is a number, and a paragraph per line of the cell.
    /// </summary>
    private sealed class RowWriter
    {
        private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

        /// <summary>What the builder centres as a number: ASCII digits, '.', '%' and '-'.</summary>
        private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789.%-");

        private readonly OpenXmlWriter _w;
        private readonly TableRow _row = new();
        private readonly TableCell _cell = new();
        private readonly Paragraph _paragraph = new();
        private readonly Run _run = new();
        private readonly Text _text = new();
        private readonly OpenXmlAttribute[] _preserve = [new("xml", "space", XmlNamespace, "preserve")];
        private readonly TableCellProperties[] _cellProperties;
        private readonly ParagraphProperties _centred;
        private readonly ParagraphProperties _left;
        private readonly RunProperties _runProperties;
        private readonly string[] _cells;

        public RowWriter(OpenXmlWriter w, TableRow header)
        {
            _w = w;
            var cells = header.Elements<TableCell>().ToList();
            _cellProperties = [.. cells.Select(c => c.TableCellProperties!)];
            _cells = new string[4];
            var paragraph = cells[0].Elements<Paragraph>().First();
            _centred = (ParagraphProperties)paragraph.ParagraphProperties!.CloneNode(true);
            _centred.Justification = new Justification { Val = JustificationValues.Center };
            _left = (ParagraphProperties)paragraph.ParagraphProperties.CloneNode(true);
            _left.Justification = new Justification { Val = JustificationValues.Left };
            _runProperties = (RunProperties)paragraph.Elements<Run>().First().RunProperties!.CloneNode(true);
            _runProperties.RunFonts = OfficialFonts.Fonts(OfficialFonts.FangSong);
        }

        public void Write(int number, CleanupEntry entry)
        {
            _cells[0] = number.ToString(CultureInfo.InvariantCulture);
            _cells[1] = entry.Title;
            _cells[2] = entry.DocumentNumber ?? "—";
            _cells[3] = entry.Reasons.Count == 1 ? entry.Reasons[0] : string.Join("\n", entry.Reasons);
            _w.WriteStartElement(_row);
            for (var i = 0; i < _cells.Length; i++)
            {
                var text = _cells[i];
                var properties = IsNumber(text) ? _centred : _left;
                _w.WriteStartElement(_cell);
                _w.WriteElement(_cellProperties[i]);
                foreach (var line in text.Split('\n'))
                {
                    _w.WriteStartElement(_paragraph);
                    _w.WriteElement(properties);
                    _w.WriteStartElement(_run);
                    _w.WriteElement(_runProperties);
                    _w.WriteStartElement(_text, _preserve);
                    _w.WriteString(XmlText.Sanitize(line));
                    _w.WriteEndElement();
                    _w.WriteEndElement();
                    _w.WriteEndElement();
                }

                _w.WriteEndElement();
            }

            _w.WriteEndElement();
        }

        private static bool IsNumber(string s) => s.Length > 0 && !s.AsSpan().ContainsAnyExcept(NumberCharacters);
    }
}
