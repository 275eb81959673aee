using System.IO.Compression;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Documents.Structure;

namespace LegalReview.Benchmarks.Baseline;

/// <summary>
/// A frozen copy of the reader as it was before issue 9 (Open XML SDK package layer), kept only so the read
/// benchmark and the reader-diff command can compare against it. Not used by the library.
/// Reads a .docx (Word or WPS output) into a <see cref="NormativeDocument"/>. The body is streamed with an
/// <see cref="XmlReader"/>, so memory follows the text, not the XML; tracked changes are read as accepted, list
/// numbering is materialised, fields show their results, text boxes and tables are kept, headers and footers are not.
/// </summary>
internal static class BaselineDocxReader
{
    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WordMainStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    // Subtrees whose text is not part of the accepted document, or that hold only property history.
    private static readonly HashSet<string> SkippedElements = new(StringComparer.Ordinal)
    {
        "del", "moveFrom", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange",
        "numberingChange", "instrText", "delText", "delInstrText", "sdtPr", "sectPr", "rPr", "tblPr", "trPr", "tcPr", "tblGrid",
    };

    public static NormativeDocument Read(Stream package, string name, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        var hasMacros = InspectZip(package, name, options);
        package.Position = 0;
        try
        {
            using var doc = WordprocessingDocument.Open(package, false, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = options.MaxPartBytes,
            });
            var main = doc.MainDocumentPart ?? throw new DocumentReadException(name, DocumentReadError.MissingMainDocument);
            var numbering = BaselineNumberingResolver.Create(main);
            var state = new BodyState(options, name, numbering, cancellationToken);
            using (var s = new LimitedReadStream(main.GetStream(FileMode.Open, FileAccess.Read), options.MaxPartBytes, name))
            {
                ReadBody(s, state);
            }

            var notes = new List<string>();
            foreach (var notePart in new OpenXmlPart?[] { main.FootnotesPart, main.EndnotesPart })
            {
                if (notePart is null)
                {
                    continue;
                }

                var noteState = new BodyState(options, name, null, cancellationToken);
                using var s = new LimitedReadStream(notePart.GetStream(FileMode.Open, FileAccess.Read), options.MaxPartBytes, name);
                ReadBody(s, noteState);
                notes.AddRange(noteState.Paragraphs.Select(p => p.Text.Trim()).Where(t => t.Length > 0));
            }

            var properties = new DocumentProperties
            {
                HasTrackedChanges = state.SawRevisions,
                HasComments = main.WordprocessingCommentsPart is not null,
                HasMacros = hasMacros || main.VbaProjectPart is not null,
                IsStrictOpenXml = state.Strict || doc.StrictRelationshipFound,
                Application = doc.ExtendedFilePropertiesPart?.Properties?.Application?.Text,
                AutoNumberedParagraphs = state.AutoNumbered,
                ExternalRelationships = CountExternal(doc),
            };

            if (!state.Paragraphs.Any(p => p.Text.Trim().Length > 0))
            {
                throw new DocumentReadException(name, DocumentReadError.NoBodyText);
            }

            var comments = new List<(string Id, string Author, string Text, int SourceIndex)>();
            foreach (var c in main.WordprocessingCommentsPart?.Comments?.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>() ?? [])
            {
                var id = c.Id?.Value ?? string.Empty;
                comments.Add((id, c.Author?.Value ?? string.Empty, string.Join("\n", c.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)).Trim(),
                    state.CommentAnchors.TryGetValue(id, out var at) ? at : -1));
            }

            return DocumentStructureParser.Build(name, SourceFormat.Docx, state.Paragraphs, properties, notes, comments);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new DocumentReadException(name, DocumentReadError.DtdProhibited, null, ex);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or OpenXmlPackageException or FileFormatException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException or UriFormatException or KeyNotFoundException or IndexOutOfRangeException or OverflowException or NullReferenceException)
        {
            throw new DocumentReadException(name, DocumentReadError.CorruptPackage, ex.GetType().Name + ": " + ex.Message, ex);
        }
    }

    /// <summary>Checks the zip directory before the package is opened: entry count, declared sizes and ratios, macros.</summary>
    private static bool InspectZip(Stream package, string name, DocumentReaderOptions options)
    {
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > options.MaxParts)
            {
                throw new DocumentReadException(name, DocumentReadError.TooManyParts, $"{zip.Entries.Count} 个部件");
            }

            long total = 0;
            var hasMacros = false;
            var hasContentTypes = false;
            foreach (var e in zip.Entries)
            {
                total += e.Length;
                if (e.Length > options.MaxPartBytes || total > options.MaxTotalUncompressedBytes)
                {
                    throw new DocumentReadException(name, DocumentReadError.DecompressionLimitExceeded, $"部件 {e.FullName} 解压后 {e.Length:N0} 字节");
                }

                if (e.Length > 1024 * 1024 && e.CompressedLength > 0 && (double)e.Length / e.CompressedLength > options.MaxCompressionRatio)
                {
                    throw new DocumentReadException(name, DocumentReadError.DecompressionLimitExceeded, $"部件 {e.FullName} 压缩比 {(double)e.Length / e.CompressedLength:F0}:1");
                }

                hasMacros |= e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase);
                hasContentTypes |= e.FullName == "[Content_Types].xml";
            }

            if (!hasContentTypes)
            {
                throw new DocumentReadException(name, DocumentReadError.MissingMainDocument, "缺少 [Content_Types].xml");
            }

            return hasMacros;
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(name, DocumentReadError.CorruptPackage, ex.Message, ex);
        }
    }

    private static int CountExternal(WordprocessingDocument doc)
    {
        var count = 0;
        foreach (var part in doc.GetAllParts())
        {
            count += part.ExternalRelationships.Count();
        }

        return count;
    }

    private static void ReadBody(Stream stream, BodyState state)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CloseInput = false,
            MaxCharactersInDocument = state.Options.MaxPartBytes,
        };
        using var reader = XmlReader.Create(stream, settings);
        var skipDepth = -1;
        var elementCount = 0;
        while (reader.Read())
        {
            if ((++elementCount & 0x3FFF) == 0)
            {
                state.Token.ThrowIfCancellationRequested();
            }

            if (reader.Depth > state.Options.MaxXmlDepth)
            {
                throw new DocumentReadException(state.Name, DocumentReadError.NestingTooDeep, $"深度 {reader.Depth}");
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (skipDepth >= 0)
                    {
                        continue;
                    }

                    OnStart(reader, state, ref skipDepth);
                    break;
                case XmlNodeType.EndElement:
                    if (skipDepth >= 0)
                    {
                        if (reader.Depth == skipDepth)
                        {
                            skipDepth = -1;
                        }

                        continue;
                    }

                    OnEnd(reader, state);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (skipDepth < 0 && state.InText > 0 && state.Current is { } cur)
                    {
                        cur.Text.Append(reader.Value);
                    }

                    break;
            }
        }

        if (skipDepth >= 0 || state.Open.Count > 0)
        {
            // Unbalanced at end of stream would already have thrown in XmlReader; defensive.
            throw new DocumentReadException(state.Name, DocumentReadError.CorruptPackage, "正文 XML 不完整");
        }
    }

    private static bool IsWord(XmlReader r) => r.NamespaceURI is WordMain or WordMainStrict;

    private static void OnStart(XmlReader r, BodyState s, ref int skipDepth)
    {
        var empty = r.IsEmptyElement;
        if (r.NamespaceURI == MarkupCompatibility)
        {
            if (r.LocalName == "Fallback")
            {
                skipDepth = empty ? -1 : r.Depth;
            }

            return;
        }

        if (!IsWord(r))
        {
            return;
        }

        if (r.NamespaceURI == WordMainStrict)
        {
            s.Strict = true;
        }

        var name = r.LocalName;
        if (SkippedElements.Contains(name))
        {
            if (name is "del" or "moveFrom")
            {
                s.SawRevisions = true;
            }

            if (!empty)
            {
                skipDepth = r.Depth;
            }

            return;
        }

        switch (name)
        {
            case "ins":
            case "moveTo":
                s.SawRevisions = true;
                break;
            case "p":
                s.StartParagraph();
                if (empty)
                {
                    s.EndParagraph();
                }

                break;
            case "pPr":
                if (s.Current is { } p1)
                {
                    p1.InProperties = !empty;
                }

                break;
            case "pStyle" when s.Current is { InProperties: true } p2:
                p2.StyleId = r.GetAttribute("val", r.NamespaceURI);
                break;
            case "numId" when s.Current is { InProperties: true } p3:
                p3.NumId = int.TryParse(r.GetAttribute("val", r.NamespaceURI), out var nid) ? nid : null;
                break;
            case "ilvl" when s.Current is { InProperties: true } p4:
                p4.Level = int.TryParse(r.GetAttribute("val", r.NamespaceURI), out var lv) ? lv : null;
                break;
            case "t":
                if (!empty)
                {
                    s.InText++;
                }

                break;
            case "tab" when s.Current is { InProperties: false } p5:
                p5.Text.Append('\t');
                break;
            case "br" or "cr" when s.Current is { InProperties: false } p6:
                p6.Text.Append('\n');
                break;
            case "noBreakHyphen" when s.Current is { InProperties: false } p7:
                p7.Text.Append('-');
                break;
            case "tbl":
                s.Tables.Push((s.NextTable++, -1, -1));
                break;
            case "tr" when s.Tables.Count > 0:
                var (t1, r1, _) = s.Tables.Pop();
                s.Tables.Push((t1, r1 + 1, -1));
                break;
            case "tc" when s.Tables.Count > 0:
                var (t2, r2, c2) = s.Tables.Pop();
                s.Tables.Push((t2, r2, c2 + 1));
                if (++s.Cells > s.Options.MaxTableCells)
                {
                    throw new DocumentReadException(s.Name, DocumentReadError.TooManyElements, $"表格单元格超过 {s.Options.MaxTableCells:N0} 个");
                }

                break;
            case "commentRangeStart" or "commentReference" when s.Current is { } pc:
                if (r.GetAttribute("id", r.NamespaceURI) is { } cid)
                {
                    s.CommentAnchors.TryAdd(cid, pc.SourceIndex);
                }

                break;
            case "txbxContent":
                s.TextBoxDepth++;
                if (empty)
                {
                    s.TextBoxDepth--;
                }

                break;
        }
    }

    private static void OnEnd(XmlReader r, BodyState s)
    {
        if (!IsWord(r))
        {
            return;
        }

        switch (r.LocalName)
        {
            case "p":
                s.EndParagraph();
                break;
            case "pPr":
                if (s.Current is { } p)
                {
                    p.InProperties = false;
                    s.ApplyNumbering(p);
                }

                break;
            case "t":
                s.InText = Math.Max(0, s.InText - 1);
                break;
            case "tbl":
                if (s.Tables.Count > 0)
                {
                    s.Tables.Pop();
                }

                break;
            case "txbxContent":
                s.TextBoxDepth = Math.Max(0, s.TextBoxDepth - 1);
                break;
        }
    }

    private sealed class ParagraphBuffer
    {
        public required int SourceIndex { get; init; }

        public required SourcePartKind Part { get; init; }

        public TableCellAddress? Cell { get; init; }

        public StringBuilder Text { get; } = new();

        public bool InProperties { get; set; }

        public string? StyleId { get; set; }

        public int? NumId { get; set; }

        public int? Level { get; set; }

        public string? NumberingText { get; set; }

        public bool NumberingApplied { get; set; }

        public List<RawParagraph> Deferred { get; } = [];
    }

    private sealed class BodyState(DocumentReaderOptions options, string name, BaselineNumberingResolver? numbering, CancellationToken token)
    {
        private int _sourceIndex;

        public DocumentReaderOptions Options { get; } = options;

        public string Name { get; } = name;

        public CancellationToken Token { get; } = token;

        public List<RawParagraph> Paragraphs { get; } = [];

        public Stack<ParagraphBuffer> Open { get; } = new();

        public Stack<(int Table, int Row, int Column)> Tables { get; } = new();

        public ParagraphBuffer? Current => Open.Count > 0 ? Open.Peek() : null;

        public int InText { get; set; }

        public int TextBoxDepth { get; set; }

        public int NextTable { get; set; }

        public int Cells { get; set; }

        public bool SawRevisions { get; set; }

        public bool Strict { get; set; }

        public int AutoNumbered { get; private set; }

        public Dictionary<string, int> CommentAnchors { get; } = new(StringComparer.Ordinal);

        public void StartParagraph()
        {
            if (_sourceIndex >= Options.MaxParagraphs)
            {
                throw new DocumentReadException(Name, DocumentReadError.TooManyElements, $"段落超过 {Options.MaxParagraphs:N0} 个");
            }

            var part = TextBoxDepth > 0 ? SourcePartKind.TextBox : Tables.Count > 0 ? SourcePartKind.TableCell : SourcePartKind.Body;
            TableCellAddress? cell = part == SourcePartKind.TableCell && Tables.Peek() is var (t, r, c) ? new TableCellAddress(t, Math.Max(r, 0), Math.Max(c, 0)) : null;
            Open.Push(new ParagraphBuffer { SourceIndex = _sourceIndex++, Part = part, Cell = cell });
        }

        public void ApplyNumbering(ParagraphBuffer p)
        {
            if (p.NumberingApplied || numbering is null)
            {
                return;
            }

            p.NumberingApplied = true;
            p.NumberingText = numbering.Next(p.StyleId, p.NumId, p.Level);
            if (p.NumberingText is not null)
            {
                AutoNumbered++;
                p.Text.Insert(0, p.NumberingText);
            }
        }

        public void EndParagraph()
        {
            if (Open.Count == 0)
            {
                return;
            }

            var p = Open.Pop();
            ApplyNumbering(p); // a paragraph whose style alone carries numbering has no pPr end event
            var lines = p.Text.ToString().Split('\n');
            var produced = new List<RawParagraph>(lines.Length + p.Deferred.Count);
            for (var i = 0; i < lines.Length; i++)
            {
                produced.Add(new RawParagraph(lines[i], p.Part, p.SourceIndex, i == 0 ? p.NumberingText?.TrimEnd() : null, p.Cell));
            }

            produced.AddRange(p.Deferred);
            if (Open.Count > 0)
            {
                // A text-box paragraph inside an open paragraph: emit after its host.
                Open.Peek().Deferred.AddRange(produced);
            }
            else
            {
                Paragraphs.AddRange(produced);
            }
        }
    }
}
