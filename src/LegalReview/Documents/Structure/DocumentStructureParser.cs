using System.Text;
using System.Text.RegularExpressions;

namespace LegalReview.Documents.Structure;

/// <summary>
/// Recognises the structure of a normative document from its paragraphs: 版头, 文号, title, 主送机关, the provision tree,
/// 附件说明, 落款, 成文日期, attached texts, tables, citations and the 施行/有效期 clauses. Shared by every reader.
/// </summary>
internal static partial class DocumentStructureParser
{
    public static NormativeDocument Build(string sourceName, SourceFormat format, IReadOnlyList<RawParagraph> raw, DocumentProperties properties, IReadOnlyList<string> notes, IReadOnlyList<(string Id, string Author, string Text, int SourceIndex)>? comments = null)
    {
        // 1. Lay out the text: one logical paragraph per non-blank raw paragraph, joined with '\n'.
        var paragraphs = new List<DocumentParagraph>(raw.Count);
        var sb = new StringBuilder();
        foreach (var r in raw)
        {
            var t = r.Text.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            paragraphs.Add(new DocumentParagraph(paragraphs.Count, t, sb.Length, r.Part, r.SourceIndex, r.NumberingText, r.Cell));
            sb.Append(t);
        }

        var text = sb.ToString();
        var result = new DocumentBuildResult
        {
            SourceName = sourceName,
            Format = format,
            Text = text,
            Paragraphs = paragraphs,
            Notes = notes,
            Properties = properties,
        };

        result.Comments = (comments ?? []).Select(c => new DocumentComment(c.Id, c.Author, c.Text,
            paragraphs.FirstOrDefault(p => p.SourceIndex == c.SourceIndex && p.Part != SourcePartKind.Note)?.Index ?? -1)).ToArray();
        var ctx = new ParseContext(paragraphs, text);
        Recognise(ctx, result);
        return new NormativeDocument(result);
    }

    private static void Recognise(ParseContext ctx, DocumentBuildResult result)
    {
        var flow = ctx.Flow; // body paragraphs (not table cells), in order
        var header = HeaderStep.Read(ctx);
        var headerEnd = header.BodyStart;
        result.Title = header.Title;
        result.TitleSpan = header.TitleSpan;
        result.Issuers = header.Issuers;
        result.DocumentNumber = header.Number;
        result.DocumentNumberSpan = header.NumberSpan;
        result.IssueDate = header.Date;
        result.Recipients = header.Recipients;
        result.SourceMetadata = header.Metadata;
        var wrapperNames = header.WrapperNames;

        // 2. Find where attached texts start: "附件N" then a title; a title the wrapper names; a title right after a 落款 date.
        var starts = new List<(int FlowIndex, TitleLines Title)>();
        var afterClosing = false;
        for (var i = headerEnd; i < flow.Count; i++)
        {
            var n = ctx.Norm(flow[i]);
            if (StructurePatterns.AttachmentMarker().IsMatch(n) && TitleLines.ReadAfterMarker(ctx, i + 1, flow.Count) is { } marked)
            {
                starts.Add((i, marked));
                i += marked.Count;
                continue;
            }

            if (wrapperNames.Count > 0 && i > headerEnd && wrapperNames.Any(w => LineShapes.MatchesTitle(n, w)) && !starts.Any(s => s.Title.First == i))
            {
                starts.Add((i, new TitleLines(i, 1, flow[i].Text, flow[i].Span)));
                continue;
            }

            if (i > headerEnd && (DocumentDate.TryParse(n, out _) || DocumentDate.TryParseGarbled(n, out _, out _)) && IsClosingDate(ctx, i, headerEnd))
            {
                var j = i + 1;
                while (j < flow.Count && StructurePatterns.ClosingRemark().IsMatch(ctx.Norm(flow[j])))
                {
                    j++;
                }

                if (TitleLines.Read(ctx, j, flow.Count) is { } next && !starts.Any(s => s.Title.First == j))
                {
                    starts.Add((j, next));
                    afterClosing = true;
                    i = j + next.Count - 1;
                }
            }
        }

        var kind = DocumentKinds.FromTitle(result.Title);
        result.IsWrapper = wrapperNames.Count > 0
            || (afterClosing && (WrapperVerb().IsMatch(TextNormalizer.Normalize(result.Title)) || kind.Name == DocumentKindName.Order));
        var sections = new List<DocumentSection>();
        var mainEnd = starts.Count > 0 ? starts[0].FlowIndex : flow.Count;
        var mainKind = result.IsWrapper && starts.Count > 0 ? DocumentSectionKind.Notice : DocumentSectionKind.Main;
        var closing = ClosingStep.Read(ctx, headerEnd, mainEnd, out var bodyEnd);
        sections.Add(BuildSection(ctx, mainKind, result.Title, result.TitleSpan, headerEnd, bodyEnd, 0, mainEnd));

        result.Attachments = closing.Attachments;
        result.IsExcerpt = closing.IsExcerpt;
        result.GarbledIssueDate = closing.Garbled;
        if (closing.Date is not null)
        {
            result.IssueDate = closing.Date;
        }

        for (var a = 0; a < starts.Count; a++)
        {
            var (start, title) = starts[a];
            var end = a + 1 < starts.Count ? starts[a + 1].FlowIndex : flow.Count;
            var bodyStart = title.First + title.Count;
            // Sub-title lines such as "（征求意见稿）" or "（2024年3月5日印发）" belong to the title block.
            for (var lines = LineShapes.SubtitleLines(ctx, bodyStart, end); lines > 0; lines = LineShapes.SubtitleLines(ctx, bodyStart, end))
            {
                bodyStart += lines;
            }

            var attClosing = ClosingStep.Read(ctx, bodyStart, end, out var attBodyEnd);
            var section = BuildSection(ctx, DocumentSectionKind.Attachment, title.Text, title.Span, bodyStart, attBodyEnd, flow[start].Offset, end);
            sections.Add(section);
            result.GarbledIssueDate ??= result.IssueDate is null ? attClosing.Garbled : null;
            result.IssueDate ??= attClosing.Date;
            result.IsExcerpt |= attClosing.IsExcerpt;
            if (result.Attachments.Count == 0 && attClosing.Attachments.Count > 0)
            {
                result.Attachments = attClosing.Attachments;
            }

            foreach (var att in result.Attachments)
            {
                if (att.Content is null && LineShapes.MatchesTitle(LineShapes.CollapseSpacing(TextNormalizer.Normalize(title.Text)), att.Title))
                {
                    att.Content = section;
                }
            }
        }

        // The 落款 names the issuers, unless the title names them and the 落款 belongs to a forwarded report.
        if (closing.Issuers.Count > 0 && (result.Issuers.Count == 0 || !TitleForwards().IsMatch(TextNormalizer.Normalize(result.Title))))
        {
            result.Issuers = closing.Issuers;
        }

        result.Sections = sections;
        result.Tables = BuildTables(ctx, sections);
        result.Citations = FindCitations(ctx);
        FindLifecycleClauses(ctx, result, sections);
    }

    // A date line closes a text when it follows a 落款 line or the text's last sentence (a 令 is signed by a person).
    private static bool IsClosingDate(ParseContext ctx, int i, int start)
    {
        var prev = ctx.Norm(ctx.Flow[i - 1]);
        return i - 1 >= start && (LineShapes.IsSignatureLine(prev) || SignedByPerson().IsMatch(prev));
    }

    [GeneratedRegex(@"^(?:总理|省长|市长|县长|区长|主席|部长|主任|局长)\s*\S{2,4}$")]
    private static partial Regex SignedByPerson();

    [GeneratedRegex(@"(?:印发|转发|批转|发布|公布)")]
    private static partial Regex WrapperVerb();

    [GeneratedRegex(@"(?:转发|批转)")]
    private static partial Regex TitleForwards();

    // ---------------------------------------------------------------- body

    private static DocumentSection BuildSection(ParseContext ctx, DocumentSectionKind kind, string title, SourceSpan? titleSpan, int bodyStart, int bodyEnd, int sectionStartOffset, int sectionEnd)
    {
        var flow = ctx.Flow;
        var body = new List<DocumentParagraph>();
        for (var i = bodyStart; i < bodyEnd; i++)
        {
            body.Add(flow[i]);
        }

        var articleCount = body.Count(p => StructurePatterns.Article().IsMatch(ctx.Norm(p)));
        // "（一）" lines are items inside articles, so only "一、" headings compete with a single article.
        var topHeadings = body.Count(p => StructurePatterns.ChineseComma().IsMatch(ctx.Norm(p)));
        var anyHeadings = topHeadings + body.Count(p => StructurePatterns.ChineseParen().IsMatch(ctx.Norm(p)));
        var style = articleCount >= 2 || (articleCount == 1 && topHeadings == 0) ? BodyStyle.Articles
            : anyHeadings > 0 ? BodyStyle.Headings
            : BodyStyle.Paragraphs;
        var roots = ProvisionTreeStep.Build(ctx, body, style);

        var endOffset = sectionEnd > 0 && sectionEnd <= flow.Count ? flow[sectionEnd - 1].Span.End : ctx.Text.Length;
        var startOffset = titleSpan?.Offset ?? (bodyStart < flow.Count ? flow[bodyStart].Offset : sectionStartOffset);
        startOffset = Math.Min(startOffset, sectionStartOffset > 0 ? sectionStartOffset : startOffset);
        var startPara = bodyStart < flow.Count ? flow[Math.Min(bodyStart, flow.Count - 1)].Index : 0;
        return new DocumentSection(kind, title, titleSpan, style, section => ProvisionLabels.Freeze(roots, section, ctx.NormalizedText), new SourceSpan(startOffset, Math.Max(0, endOffset - startOffset), startPara));
    }

    // ---------------------------------------------------------------- tables, citations, lifecycle

    private static List<DocumentTable> BuildTables(ParseContext ctx, IReadOnlyList<DocumentSection> sections)
    {
        var tables = new List<DocumentTable>();
        foreach (var group in ctx.Paragraphs.Where(p => p.Cell is not null).GroupBy(p => p.Cell!.Value.Table))
        {
            var cells = group.ToList();
            var rows = cells.GroupBy(c => c.Cell!.Value.Row).OrderBy(g => g.Key)
                .Select(r => (IReadOnlyList<string>)r.GroupBy(c => c.Cell!.Value.Column).OrderBy(g => g.Key)
                    .Select(c => string.Join("\n", c.Select(x => x.Text))).ToArray())
                .ToArray();
            var start = cells[0].Offset;
            var end = cells[^1].Span.End;
            var table = new DocumentTable(tables.Count, rows, new SourceSpan(start, end - start, cells[0].Index));
            var before = sections.SelectMany(s => s.AllProvisions).Where(p => p.Span.Offset < start).LastOrDefault();
            table.Container = before;
            tables.Add(table);
        }

        return tables;
    }

    private static List<LawCitation> FindCitations(ParseContext ctx)
    {
        var list = new List<LawCitation>();
        for (var m = StructurePatterns.Citation().Match(ctx.NormalizedText); m.Success; m = m.NextMatch())
        {
            var art = m.Groups["art"];
            int? article = art.Success && ChineseNumerals.TryParse(m.Groups["an"].Value, out var a) ? a : null;
            list.Add(new LawCitation(m.Groups["name"].Value, article, art.Success ? ctx.Text.Substring(art.Index, art.Length) : null, ctx.SpanAt(m.Index, m.Length)));
        }

        return list;
    }

    private static void FindLifecycleClauses(ParseContext ctx, DocumentBuildResult result, IReadOnlyList<DocumentSection> sections)
    {
        // Prefer the normative text (attached 办法), then the notice; within each, the last statement wins.
        var ordered = sections.OrderByDescending(s => s.Kind == DocumentSectionKind.Attachment && s.Style == BodyStyle.Articles).ToList();
        foreach (var s in ordered)
        {
            var spanText = ctx.NormalizedText.AsSpan(s.Span.Offset, s.Span.Length).ToString();
            var baseOffset = s.Span.Offset;
            if (result.EffectiveDate is null)
            {
                result.EffectiveDate = FindEffective(ctx, spanText, baseOffset);
            }

            if (result.Validity is null)
            {
                var until = StructurePatterns.ValidityUntil().Matches(spanText).LastOrDefault();
                var years = StructurePatterns.ValidityYears().Matches(spanText).LastOrDefault();
                if (until is not null && (years is null || until.Index >= years.Index))
                {
                    var g = until.Groups["d"];
                    if (DocumentDate.TryParse(g.Value, out var d))
                    {
                        result.Validity = new ValidityClause(null, d!.WithSpan(ctx.SpanAt(baseOffset + g.Index, g.Length)), ctx.SpanAt(baseOffset + until.Index, until.Length));
                    }
                }
                else if (years is not null && ChineseNumerals.TryParse(years.Groups["n"].Value, out var y))
                {
                    result.Validity = new ValidityClause(y, null, ctx.SpanAt(baseOffset + years.Index, years.Length));
                }
            }

            if (result.RepealClause is null && StructurePatterns.Repeal().Matches(spanText).LastOrDefault() is { } rep)
            {
                result.RepealClause = ctx.SpanAt(baseOffset + rep.Index, rep.Length);
            }
        }
    }

    private static EffectiveDateClause? FindEffective(ParseContext ctx, string text, int baseOffset)
    {
        var candidates = new List<EffectiveDateClause>();
        for (var m = StructurePatterns.EffectiveFixed().Match(text); m.Success; m = m.NextMatch())
        {
            var g = m.Groups["d"];
            if (DocumentDate.TryParse(g.Value, out var d))
            {
                candidates.Add(new EffectiveDateClause(EffectiveDateKind.FixedDate, d!.WithSpan(ctx.SpanAt(baseOffset + g.Index, g.Length)), null, ctx.SpanAt(baseOffset + m.Index, m.Length)));
            }
        }

        for (var m = StructurePatterns.EffectiveDaysAfter().Match(text); m.Success; m = m.NextMatch())
        {
            if (ChineseNumerals.TryParse(m.Groups["n"].Value, out var days))
            {
                candidates.Add(new EffectiveDateClause(EffectiveDateKind.DaysAfterIssue, null, days, ctx.SpanAt(baseOffset + m.Index, m.Length)));
            }
        }

        for (var m = StructurePatterns.EffectiveOnIssue().Match(text); m.Success; m = m.NextMatch())
        {
            candidates.Add(new EffectiveDateClause(EffectiveDateKind.OnIssue, null, null, ctx.SpanAt(baseOffset + m.Index, m.Length)));
        }

        return candidates.OrderBy(c => c.Span.Offset).LastOrDefault();
    }
}
