using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Documents;
using LegalReview.Generation.Docx;
using LegalReview.Review;

namespace LegalReview.Generation.Annotation;

/// <summary>
/// Returns a copy of the submitted .docx with one Word comment per finding, anchored exactly on the quoted words
/// (runs are split at the quote's edges, keeping their formatting). Nothing else changes: existing comments keep
/// their ids, tracked changes stay tracked. A finding whose words cannot be found in the paragraph's runs (for
/// example words that come from automatic list numbering) is commented at the start of its paragraph, a
/// document-level finding at the start of the first paragraph. The input stream is only read. A comment on a model's
/// hint (<see cref="FindingSource.Classifier"/>, <see cref="FindingSource.NearestCases"/>) begins with
/// "【模型提示】", so that it is not read as a rule's finding.
/// </summary>
public static class DraftAnnotator
{
    /// <summary>What a comment on a model's hint begins with.</summary>
    internal const string HintMark = "【模型提示】";

    /// <summary>Annotates a draft with the findings of its review.</summary>
    /// <param name="input">The submitted .docx (read only; left open).</param>
    /// <param name="output">The destination of the annotated copy (left open).</param>
    /// <param name="result">The review of that same .docx.</param>
    /// <param name="options">Author, date and which findings to annotate.</param>
    /// <returns>How many comments were anchored on the quote and how many at a paragraph start.</returns>
    public static AnnotationReport Annotate(Stream input, Stream output, ReviewResult result, AnnotationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Annotate(input, output, result.Document, result.Findings, options);
    }

    /// <summary>Annotates a draft with findings about it.</summary>
    /// <param name="input">The submitted .docx (read only; left open).</param>
    /// <param name="output">The destination of the annotated copy (left open).</param>
    /// <param name="document">The document as <c>DocumentReader</c> read it from <paramref name="input"/>.</param>
    /// <param name="findings">The findings.</param>
    /// <param name="options">Author, date and which findings to annotate.</param>
    /// <returns>How many comments were anchored on the quote and how many at a paragraph start.</returns>
    /// <exception cref="InvalidDataException">The input has no main document body.</exception>
    /// <exception cref="ArgumentException">The document was not read from a .docx.</exception>
    internal static AnnotationReport Annotate(Stream input, Stream output, NormativeDocument document, IEnumerable<Finding> findings, AnnotationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        if (document.Format != SourceFormat.Docx)
        {
            // Source indices of a plain-text document are line numbers, not w:p ordinals.
            throw new ArgumentException("只能对从 .docx 读取的文件生成批注版。", nameof(document));
        }

        options ??= new AnnotationOptions();
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        copy.Position = 0;
        var report = AnnotateInPlace(copy, document, findings, options);
        copy.Position = 0;
        copy.CopyTo(output);
        return report;
    }

    /// <summary>Annotates a .docx file into another file.</summary>
    /// <param name="inputPath">The submitted .docx (not modified).</param>
    /// <param name="outputPath">The annotated copy (overwritten).</param>
    /// <param name="result">The review of the input file.</param>
    /// <param name="options">Author, date and which findings to annotate.</param>
    /// <param name="cancellationToken">Cancels the file I/O.</param>
    /// <returns>How many comments were anchored on the quote and how many at a paragraph start.</returns>
    public static async Task<AnnotationReport> AnnotateFileAsync(string inputPath, string outputPath, ReviewResult result, AnnotationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        ArgumentNullException.ThrowIfNull(result);
        if (Path.GetFullPath(inputPath) == Path.GetFullPath(outputPath))
        {
            throw new ArgumentException("批注版不得覆盖送审原件，请指定另一个输出文件。", nameof(outputPath));
        }

        var bytes = await File.ReadAllBytesAsync(inputPath, cancellationToken).ConfigureAwait(false);
        using var input = new MemoryStream(bytes, writable: false);
        using var output = new MemoryStream();
        var report = Annotate(input, output, result, options);
        await File.WriteAllBytesAsync(outputPath, output.ToArray(), cancellationToken).ConfigureAwait(false);
        return report;
    }

    private static AnnotationReport AnnotateInPlace(MemoryStream package, NormativeDocument document, IEnumerable<Finding> findings, AnnotationOptions options)
    {
        var anchored = 0;
        var atStart = 0;
        using (var doc = WordprocessingDocument.Open(package, true, new OpenSettings { AutoSave = true }))
        {
            var main = doc.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new InvalidDataException("文件缺少正文部件，无法生成批注版。");
            var sources = ParagraphTextMap.SourceParagraphs(body);
            if (sources.Count == 0)
            {
                var p = new Paragraph();
                body.InsertAt(p, 0);
                sources.Add(p);
            }

            var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            commentsPart.Comments ??= new Comments();
            var nextId = NextCommentId(commentsPart.Comments, body);
            var referenceStyle = main.StyleDefinitionsPart?.Styles?.Elements<Style>().Any(s => s.StyleId?.Value == "CommentReference") == true;
            var date = options.Date ?? DateTime.Now;
            var include = options.Include ?? (f => !f.IsSuppressed);
            foreach (var finding in findings.Where(include))
            {
                var id = (nextId++).ToString(CultureInfo.InvariantCulture);
                var exact = Locate(finding, document, sources, out var paragraph, out var start);
                if (exact)
                {
                    AnchorOnRange(ParagraphTextMap.Build(paragraph), start, finding.Quote.Length, id, referenceStyle);
                    anchored++;
                }
                else
                {
                    AnchorAtStart(paragraph, id, referenceStyle);
                    atStart++;
                }

                commentsPart.Comments.Append(CreateComment(finding, id, options, date, exact));
            }

            commentsPart.Comments.Save();
            main.Document!.Save();
        }

        return new AnnotationReport(anchored, atStart);
    }

    private static int NextCommentId(Comments comments, Body body)
    {
        var ids = comments.Elements<Comment>().Select(c => c.Id?.Value)
            .Concat(body.Descendants<CommentRangeStart>().Select(c => c.Id?.Value))
            .Concat(body.Descendants<CommentReference>().Select(c => c.Id?.Value));
        var max = -1;
        foreach (var s in ids)
        {
            if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > max)
            {
                max = v;
            }
        }

        return max + 1;
    }

    /// <summary>Finds the w:p and the character offset of a finding's quote; false when only the paragraph is known.</summary>
    private static bool Locate(Finding finding, NormativeDocument document, List<Paragraph> sources, out Paragraph paragraph, out int start)
    {
        start = 0;
        var logical = finding.Location.ParagraphIndex >= 0 && finding.Location.ParagraphIndex < document.Paragraphs.Count
            ? document.Paragraphs[finding.Location.ParagraphIndex]
            : null;
        if (logical is null || logical.SourceIndex < 0 || logical.SourceIndex >= sources.Count)
        {
            paragraph = document.Paragraphs.Count > 0 && document.Paragraphs[0].SourceIndex < sources.Count
                ? sources[document.Paragraphs[0].SourceIndex]
                : sources[0];
            return false;
        }

        paragraph = sources[logical.SourceIndex];
        var quote = finding.Quote;
        if (string.IsNullOrEmpty(quote))
        {
            return false;
        }

        var map = ParagraphTextMap.Build(paragraph);
        var expected = ExpectedOffset(finding, document, logical, map.Text);
        if (expected is { } e && e >= 0 && e + quote.Length <= map.Text.Length && string.CompareOrdinal(map.Text, e, quote, 0, quote.Length) == 0)
        {
            start = e;
            return true;
        }

        // The reader's offsets did not line up (e.g. the text changed between reading and annotating): take the
        // occurrence nearest to where the reader placed it.
        var best = -1;
        for (var i = map.Text.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = map.Text.IndexOf(quote, i + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(i - (expected ?? 0)) < Math.Abs(best - (expected ?? 0)))
            {
                best = i;
            }
        }

        start = Math.Max(best, 0);
        return best >= 0;
    }

    /// <summary>
    /// Maps the finding's offset in the logical paragraph back into the w:p text: the reader prepended the list
    /// number (and its tab or space), split the paragraph at soft breaks, trimmed each line and dropped blank ones.
    /// </summary>
    private static int? ExpectedOffset(Finding finding, NormativeDocument document, DocumentParagraph logical, string paragraphText)
    {
        var siblings = document.Paragraphs.Where(x => x.SourceIndex == logical.SourceIndex && x.Part == logical.Part).ToList();
        var k = siblings.IndexOf(logical);
        var first = siblings.Count > 0 ? siblings[0] : logical;
        string[] suffixes = logical.NumberingText is null && first.NumberingText is null ? [string.Empty] : ["\t", " ", "\u3000", string.Empty];
        var numbering = first.NumberingText ?? string.Empty;
        foreach (var suffix in suffixes)
        {
            var prefix = numbering.Length == 0 ? string.Empty : numbering + suffix;
            var lines = (prefix + paragraphText).Split('\n');
            var nonBlank = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim().Length > 0).ToList();
            if (k < 0 || k >= nonBlank.Count || lines[nonBlank[k]].Trim() != logical.Text)
            {
                continue;
            }

            var line = nonBlank[k];
            var lineStart = lines.Take(line).Sum(l => l.Length + 1);
            var lead = lines[line].Length - lines[line].TrimStart().Length;
            return lineStart + lead + (finding.Location.Offset - logical.Offset) - prefix.Length;
        }

        return null;
    }

    private static void AnchorOnRange(ParagraphTextMap map, int start, int length, string id, bool referenceStyle)
    {
        // Split at the start first, then re-map: the split moves the quote's characters into new w:t and w:r
        // elements, and the end must be located in those.
        var first = SplitBefore(map.At(start));
        var last = SplitAfter(ParagraphTextMap.Build(map.Owner).At(start + length - 1));
        first.InsertBeforeSelf(new CommentRangeStart { Id = id });
        var end = last.InsertAfterSelf(new CommentRangeEnd { Id = id });
        end.InsertAfterSelf(ReferenceRun(id, referenceStyle));
    }

    private static void AnchorAtStart(Paragraph paragraph, string id, bool referenceStyle)
    {
        var rangeStart = new CommentRangeStart { Id = id };
        if (paragraph.ParagraphProperties is { } pPr)
        {
            pPr.InsertAfterSelf(rangeStart);
        }
        else
        {
            paragraph.InsertAt(rangeStart, 0);
        }

        rangeStart.InsertAfterSelf(new CommentRangeEnd { Id = id }).InsertAfterSelf(ReferenceRun(id, referenceStyle));
    }

    private static Run ReferenceRun(string id, bool referenceStyle)
    {
        var run = new Run();
        if (referenceStyle)
        {
            run.Append(new RunProperties(new RunStyle { Val = "CommentReference" }));
        }

        run.Append(new CommentReference { Id = id });
        return run;
    }

    /// <summary>Splits so that the character begins its run; returns that run (or the element itself outside a run).</summary>
    private static OpenXmlElement SplitBefore(ParagraphTextMap.CharSource source)
    {
        var element = source.Element;
        if (element is Text t && source.Index > 0)
        {
            element = SplitText(t, source.Index);
        }

        if (element.Parent is not Run run)
        {
            return element;
        }

        if (!element.ElementsBefore().Any(e => e is not RunProperties))
        {
            return run;
        }

        var tail = new Run();
        if (run.RunProperties is { } rPr)
        {
            tail.Append(rPr.CloneNode(true));
        }

        foreach (var e in new[] { element }.Concat(element.ElementsAfter()).ToList())
        {
            e.Remove();
            tail.Append(e);
        }

        run.InsertAfterSelf(tail);
        return tail;
    }

    /// <summary>Splits so that the character ends its run; returns that run (or the element itself outside a run).</summary>
    private static OpenXmlElement SplitAfter(ParagraphTextMap.CharSource source)
    {
        var element = source.Element;
        if (element is Text t && source.Index < t.Text.Length - 1)
        {
            SplitText(t, source.Index + 1);
        }

        if (element.Parent is not Run run)
        {
            return element;
        }

        var after = element.ElementsAfter().ToList();
        if (after.Count == 0)
        {
            return run;
        }

        var tail = new Run();
        if (run.RunProperties is { } rPr)
        {
            tail.Append(rPr.CloneNode(true));
        }

        foreach (var e in after)
        {
            e.Remove();
            tail.Append(e);
        }

        run.InsertAfterSelf(tail);
        return run;
    }

    /// <summary>Cuts a w:t at an index; the original keeps the head, the returned new w:t (inserted after it) holds the tail.</summary>
    private static Text SplitText(Text t, int index)
    {
        var tail = new Text(t.Text[index..]) { Space = SpaceProcessingModeValues.Preserve };
        t.Text = t.Text[..index];
        t.Space = SpaceProcessingModeValues.Preserve;
        t.InsertAfterSelf(tail);
        return tail;
    }

    /// <summary>The author's initials as Word stores them: at most nine characters (a surrogate pair is not split).</summary>
    private static string Initials(string initials)
    {
        const int MaxLength = 9;
        var text = XmlText.Sanitize(initials);
        return text.Length <= MaxLength ? text : text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
    }

    private static Comment CreateComment(Finding f, string id, AnnotationOptions options, DateTime date, bool exact)
    {
        var comment = new Comment { Id = id, Author = XmlText.Sanitize(options.Author), Initials = Initials(options.Initials), Date = date };
        // A model's hint is marked as such, so that it is not read as a rule's finding.
        var origin = f.Source == FindingSource.Rule ? string.Empty : HintMark;
        var lines = new List<string> { $"{origin}【{f.RuleId}】{f.Title}（{LegalText.SeverityName(f.Severity)}）", "问题：" + LegalText.Sentence(f.Message) };
        var bases = LegalText.JoinBases(f.LegalBasis);
        if (bases.Length > 0)
        {
            lines.Add("依据：" + bases + "。");
        }

        if (f.Suggestion.Trim().Length > 0)
        {
            lines.Add("建议：" + LegalText.Sentence(f.Suggestion));
        }

        if (!exact && !string.IsNullOrEmpty(f.Quote))
        {
            lines.Add($"（原文“{f.Quote}”未能在本段文字中定位，批注置于段首。）");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var p = new Paragraph();
            if (i == 0)
            {
                p.Append(new Run(new AnnotationReferenceMark()));
            }

            p.Append(new Run(new Text(XmlText.Sanitize(lines[i])) { Space = SpaceProcessingModeValues.Preserve }));
            comment.Append(p);
        }

        return comment;
    }
}
