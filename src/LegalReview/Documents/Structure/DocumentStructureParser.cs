using System.Text;
using System.Text.RegularExpressions;

namespace LegalReview.Documents.Structure;

/// <summary>
/// Recognises the structure of a normative document from its paragraphs: 版头, 文号, title, 主送机关, the provision tree,
/// 附件说明, 落款, 成文日期, attached texts, tables, citations and the 施行/有效期 clauses. Shared by every reader.
/// </summary>
internal static partial class DocumentStructureParser
{
    private const int MaxTitleLength = 120;

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
        var ctx = new Context(paragraphs, text);
        Recognise(ctx, result);
        return new NormativeDocument(result);
    }

    private static void Recognise(Context ctx, DocumentBuildResult result)
    {
        var flow = ctx.Flow; // body paragraphs (not table cells), in order
        var headerEnd = ParseHeader(ctx, result, out var wrapperNames);
        result.IsWrapper = wrapperNames.Count > 0;

        // 2. Find where attached texts start.
        var starts = new List<(int FlowIndex, int TitleFlowIndex)>();
        for (var i = headerEnd; i < flow.Count; i++)
        {
            var n = ctx.Norm(flow[i]);
            if (StructurePatterns.AttachmentMarker().IsMatch(n) && i + 1 < flow.Count && IsTitleLike(ctx.Norm(flow[i + 1])))
            {
                starts.Add((i, i + 1));
                i++;
                continue;
            }

            if (result.IsWrapper && i > headerEnd && wrapperNames.Any(w => MatchesTitle(n, w)) && !starts.Any(s => s.TitleFlowIndex == i))
            {
                starts.Add((i, i));
            }
        }

        var sections = new List<DocumentSection>();
        var tables = new List<DocumentTable>();
        var mainEnd = starts.Count > 0 ? starts[0].FlowIndex : flow.Count;
        var mainKind = result.IsWrapper && starts.Count > 0 ? DocumentSectionKind.Notice : DocumentSectionKind.Main;
        var closing = ParseClosing(ctx, headerEnd, mainEnd, out var bodyEnd);
        sections.Add(BuildSection(ctx, mainKind, result.Title, result.TitleSpan, headerEnd, bodyEnd, 0, mainEnd));

        result.Attachments = closing.Attachments;
        if (closing.Date is not null)
        {
            result.IssueDate = closing.Date;
        }

        for (var a = 0; a < starts.Count; a++)
        {
            var (start, titleIdx) = starts[a];
            var end = a + 1 < starts.Count ? starts[a + 1].FlowIndex : flow.Count;
            var titlePara = flow[titleIdx];
            var bodyStart = titleIdx + 1;
            // Sub-title lines such as "（征求意见稿）" or "（2024年3月5日印发）" belong to the title block.
            while (bodyStart < end && IsSubtitle(ctx.Norm(flow[bodyStart])))
            {
                bodyStart++;
            }

            var attClosing = ParseClosing(ctx, bodyStart, end, out var attBodyEnd);
            var title = titlePara.Text;
            var section = BuildSection(ctx, DocumentSectionKind.Attachment, title, titlePara.Span, bodyStart, attBodyEnd, flow[start].Offset, end);
            sections.Add(section);
            result.IssueDate ??= attClosing.Date;
            if (result.Attachments.Count == 0 && attClosing.Attachments.Count > 0)
            {
                result.Attachments = attClosing.Attachments;
            }

            foreach (var att in result.Attachments)
            {
                if (att.Content is null && MatchesTitle(ctx.Norm(titlePara), att.Title))
                {
                    att.Content = section;
                }
            }
        }

        if (result.Issuers.Count == 0 || closing.Issuers.Count > 0)
        {
            result.Issuers = closing.Issuers.Count > 0 ? closing.Issuers : result.Issuers;
        }

        result.Sections = sections;
        result.Tables = BuildTables(ctx, sections);
        result.Citations = FindCitations(ctx);
        FindLifecycleClauses(ctx, result, sections);
    }

    // ---------------------------------------------------------------- header

    private static int ParseHeader(Context ctx, DocumentBuildResult result, out IReadOnlyList<string> wrapperNames)
    {
        wrapperNames = [];
        var flow = ctx.Flow;
        var issuers = new List<string>();
        var i = 0;
        var titleIndex = -1;
        var limit = Math.Min(flow.Count, 12);
        for (; i < limit; i++)
        {
            var n = ctx.Norm(flow[i]);
            if (IsBodyStart(n))
            {
                break;
            }

            if (result.DocumentNumber is null && IsNumberLine(flow[i].Text, out var number, out var at))
            {
                result.DocumentNumber = number;
                result.DocumentNumberSpan = new SourceSpan(flow[i].Offset + at, number!.Raw.Length, flow[i].Index);
                continue;
            }

            if (n.EndsWith("文件", StringComparison.Ordinal) && n.Length <= 40 && !n.Contains('，'))
            {
                issuers.AddRange(SplitIssuers(n[..^2]));
                continue;
            }

            if (IsTitleLike(n))
            {
                titleIndex = i;
                break;
            }

            if (n.Length <= 40 && StructurePatterns.IssuerSuffix().IsMatch(n) && !HasSentencePunctuation(n))
            {
                issuers.AddRange(SplitIssuers(n));
                continue;
            }

            if (n.StartsWith("签发人", StringComparison.Ordinal) || n.Contains("密级", StringComparison.Ordinal) || n.Contains("紧急", StringComparison.Ordinal) || IsSubtitle(n))
            {
                continue;
            }

            break; // an ordinary sentence: no recognisable header
        }

        if (titleIndex < 0)
        {
            // No title: the document starts with its body. Take the first short line as title if it is not numbered.
            result.Issuers = issuers;
            return FirstNonHeader(ctx, i);
        }

        var titlePara = flow[titleIndex];
        var title = titlePara.Text;
        var titleSpan = titlePara.Span;
        var next = titleIndex + 1;
        // A title broken over two lines: the first line does not end with a 文种 and the second does.
        if (next < flow.Count && !EndsWithKindWord(ctx.Norm(titlePara)))
        {
            var n2 = ctx.Norm(flow[next]);
            if (n2.Length <= 40 && EndsWithKindWord(n2) && !IsBodyStart(n2) && !HasSentencePunctuation(n2))
            {
                title += flow[next].Text;
                titleSpan = new SourceSpan(titlePara.Offset, flow[next].Offset + flow[next].Text.Length - titlePara.Offset, titlePara.Index);
                next++;
            }
        }

        result.Title = title;
        result.TitleSpan = titleSpan;
        var normTitle = TextNormalizer.Normalize(title);
        var wm = StructurePatterns.WrapperTitle().Match(normTitle);
        if (wm.Success)
        {
            wrapperNames = StructurePatterns.BookTitle().Matches(wm.Groups["names"].Value).Select(m => m.Groups["name"].Value).ToArray();
        }

        if (issuers.Count == 0)
        {
            var about = normTitle.IndexOf("关于", StringComparison.Ordinal);
            if (about > 1)
            {
                issuers.AddRange(SplitIssuers(normTitle[..about]));
            }
        }

        // Lines under the title: a bracketed date and/or 文号, a draft marker, then the 主送机关.
        for (; next < flow.Count; next++)
        {
            var n = ctx.Norm(flow[next]);
            if (IsBodyStart(n))
            {
                break;
            }

            if (result.DocumentNumber is null && IsNumberLine(flow[next].Text, out var number, out var at))
            {
                result.DocumentNumber = number;
                result.DocumentNumberSpan = new SourceSpan(flow[next].Offset + at, number!.Raw.Length, flow[next].Index);
                if (DocumentDate.TryFind(n, out var d, out var di, out var dl))
                {
                    result.IssueDate = d!.WithSpan(new SourceSpan(flow[next].Offset + di, dl, flow[next].Index));
                }

                continue;
            }

            if (IsSubtitle(n))
            {
                if (DocumentDate.TryFind(n, out var d, out var di, out var dl))
                {
                    result.IssueDate ??= d!.WithSpan(new SourceSpan(flow[next].Offset + di, dl, flow[next].Index));
                }

                continue;
            }

            if (n.EndsWith('：') && n.Length <= 100 && !n.StartsWith("附件", StringComparison.Ordinal) && !NotRecipients().IsMatch(n))
            {
                result.Recipients = flow[next].Text[..^1];
                next++;
            }

            break;
        }

        result.Issuers = issuers.Distinct(StringComparer.Ordinal).ToArray();
        return next;
    }

    // "现将有关事项通告如下：" ends with a colon too, but it is the preamble's sentence, not a list of recipients.
    [GeneratedRegex(@"如下：$|。|^(?:为|根据|依据|按照|现将|现就|经|鉴于|近期|目前)")]
    private static partial Regex NotRecipients();

    private static int FirstNonHeader(Context ctx, int i) => Math.Min(i, ctx.Flow.Count);

    private static bool IsNumberLine(string original, out DocumentNumber? number, out int at)
    {
        var n = original;
        number = null;
        at = -1;
        if (n.Length > 60 || !DocumentNumber.TryFind(n, out number, out at))
        {
            return false;
        }

        // The line is essentially the 文号 (possibly bracketed, possibly with 签发人 or a date).
        var rest = n.Remove(at, number!.Raw.Length);
        rest = Regex.Replace(rest, @"签发人[：]?\S*|[（）()\s]|(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|印发|发布|公布", string.Empty);
        return rest.Length <= 4;
    }

    private static bool IsTitleLike(string n)
    {
        if (n.Length is < 4 or > MaxTitleLength || IsBodyStart(n) || n.EndsWith('：'))
        {
            return false;
        }

        if (n.Contains("关于", StringComparison.Ordinal) && EndsWithKindWord(n))
        {
            return true;
        }

        return EndsWithKindWord(n) && !HasSentencePunctuation(n.TrimEnd('。'));
    }

    private static bool EndsWithKindWord(string n) => DocumentKinds.FromTitle(n).Name != DocumentKindName.Unknown;

    private static bool IsSubtitle(string n) =>
        n.Length <= 60 && n.StartsWith('（') && n.EndsWith('）') && !StructurePatterns.ChineseParen().IsMatch(n) && !StructurePatterns.ArabicParen().IsMatch(n);

    private static bool HasSentencePunctuation(string n) => n.AsSpan().IndexOfAny("。，；！？") >= 0;

    private static bool IsBodyStart(string n) =>
        StructurePatterns.Article().IsMatch(n) || StructurePatterns.Chapter().IsMatch(n);

    private static IEnumerable<string> SplitIssuers(string s) =>
        s.Split([' ', '、', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(x => x.Length >= 2);

    private static bool MatchesTitle(string normalizedLine, string name)
    {
        var a = Regex.Replace(normalizedLine, @"\s", string.Empty);
        var b = Regex.Replace(TextNormalizer.Normalize(name), @"\s", string.Empty).Trim('《', '》');
        if (a == b)
        {
            return true;
        }

        return a.StartsWith(b, StringComparison.Ordinal) && a.Length > b.Length && a[b.Length] == '（' && a.EndsWith('）') && a.Length - b.Length <= 12;
    }

    // ---------------------------------------------------------------- closing

    private sealed record Closing(IReadOnlyList<string> Issuers, DocumentDate? Date, IReadOnlyList<Attachment> Attachments);

    private static Closing ParseClosing(Context ctx, int start, int end, out int bodyEnd)
    {
        var flow = ctx.Flow;
        var j = end - 1;
        DocumentDate? date = null;
        var issuers = new List<string>();
        while (j >= start && StructurePatterns.ClosingRemark().IsMatch(ctx.Norm(flow[j])))
        {
            j--;
        }

        if (j >= start && DocumentDate.TryParse(ctx.Norm(flow[j]), out var d))
        {
            var p = flow[j];
            var inner = p.Text.AsSpan().Trim().TrimStart('（').TrimStart('(');
            var off = p.Text.IndexOf(inner[0]);
            date = d!.WithSpan(new SourceSpan(p.Offset + off, d.Original.Length, p.Index));
            j--;
        }

        // 落款: short lines naming bodies, directly above the date (a joint document has several).
        var k = j;
        while (k >= start && k > j - 4)
        {
            var n = ctx.Norm(flow[k]);
            if (n.Length <= 60 && !HasSentencePunctuation(n) && !IsBodyStart(n) && StructurePatterns.IssuerSuffix().IsMatch(n.Replace("（印章）", string.Empty, StringComparison.Ordinal)) && date is not null)
            {
                issuers.InsertRange(0, SplitIssuers(n));
                k--;
                continue;
            }

            break;
        }

        j = k;

        // 附件说明: "附件：1.XXX" and continuation lines "2.XXX" above the 落款.
        var attachments = new List<Attachment>();
        var noteStart = -1;
        for (var m = j; m >= start && m > j - 12; m--)
        {
            if (StructurePatterns.AttachmentNote().IsMatch(ctx.Norm(flow[m])))
            {
                noteStart = m;
                break;
            }
        }

        if (noteStart >= 0 && Enumerable.Range(noteStart + 1, j - noteStart).All(x => StructurePatterns.AttachmentListEntry().IsMatch(ctx.Norm(flow[x]))))
        {
            for (var m = noteStart; m <= j; m++)
            {
                var p = flow[m];
                var n = ctx.Norm(p);
                var entry = m == noteStart ? StructurePatterns.AttachmentNote().Match(n).Groups["rest"].Value : n;
                if (entry.Length == 0)
                {
                    continue;
                }

                var em = StructurePatterns.AttachmentListEntry().Match(entry);
                var number = em.Success ? int.Parse(em.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : attachments.Count + 1;
                var title = em.Success ? em.Groups["t"].Value : entry;
                var offset = p.Offset + (n.Length - entry.Length) + (em.Success ? em.Groups["t"].Index : 0);
                attachments.Add(new Attachment(number, p.Text.Substring(offset - p.Offset, title.Length), new SourceSpan(offset, title.Length, p.Index)));
            }

            j = noteStart - 1;
        }

        bodyEnd = j + 1;
        return new Closing(issuers, date, attachments);
    }

    // ---------------------------------------------------------------- body

    private static DocumentSection BuildSection(Context ctx, DocumentSectionKind kind, string title, SourceSpan? titleSpan, int bodyStart, int bodyEnd, int sectionStartOffset, int sectionEnd)
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
        var roots = style switch
        {
            BodyStyle.Articles => BuildArticles(ctx, body),
            BodyStyle.Headings => BuildHeadings(ctx, body),
            _ => body.Select(p => NewParagraph(p)).ToList(),
        };

        var endOffset = sectionEnd > 0 && sectionEnd <= flow.Count ? flow[sectionEnd - 1].Span.End : ctx.Text.Length;
        var startOffset = titleSpan?.Offset ?? (bodyStart < flow.Count ? flow[bodyStart].Offset : sectionStartOffset);
        startOffset = Math.Min(startOffset, sectionStartOffset > 0 ? sectionStartOffset : startOffset);
        foreach (var r in roots)
        {
            ComputeSpans(r);
        }

        ComputeLabels(roots);
        var startPara = bodyStart < flow.Count ? flow[Math.Min(bodyStart, flow.Count - 1)].Index : 0;
        return new DocumentSection(kind, title, titleSpan, style, roots, new SourceSpan(startOffset, Math.Max(0, endOffset - startOffset), startPara));
    }

    private static List<Provision> BuildArticles(Context ctx, List<DocumentParagraph> body)
    {
        var roots = new List<Provision>();
        Provision? chapter = null, section = null, article = null, clause = null, item = null;
        void AddTop(Provision p)
        {
            var parent = section ?? chapter;
            if (parent is null)
            {
                roots.Add(p);
            }
            else
            {
                parent.Add(p);
            }
        }

        foreach (var p in body)
        {
            var n = ctx.Norm(p);
            Match m;
            if ((m = StructurePatterns.Chapter().Match(n)).Success)
            {
                chapter = NewNumbered(ProvisionKind.Chapter, p, m);
                roots.Add(chapter);
                section = article = clause = item = null;
                continue;
            }

            if ((m = StructurePatterns.Section().Match(n)).Success)
            {
                section = NewNumbered(ProvisionKind.Section, p, m);
                (chapter ?? (Provision?)null)?.Add(section);
                if (chapter is null)
                {
                    roots.Add(section);
                }

                article = clause = item = null;
                continue;
            }

            if ((m = StructurePatterns.Article().Match(n)).Success)
            {
                article = NewNumbered(ProvisionKind.Article, p, m);
                AddTop(article);
                clause = new Provision(ProvisionKind.Clause, 1, string.Empty, article.Text, p.Span, article.TextOffset);
                article.Add(clause);
                item = null;
                continue;
            }

            if (article is null)
            {
                AddTop(NewParagraph(p));
                continue;
            }

            if ((m = StructurePatterns.ChineseParen().Match(n)).Success)
            {
                item = NewNumbered(ProvisionKind.Item, p, m);
                clause!.Add(item);
                continue;
            }

            if ((m = StructurePatterns.ArabicDot().Match(n)).Success || (m = StructurePatterns.ArabicParen().Match(n)).Success)
            {
                var sub = NewNumbered(ProvisionKind.SubItem, p, m);
                (item ?? clause!).Add(sub);
                continue;
            }

            // An unnumbered paragraph inside an article starts a new 款.
            clause = new Provision(ProvisionKind.Clause, article.Children.Count + 1, string.Empty, p.Text, p.Span, p.Offset);
            article.Add(clause);
            item = null;
        }

        return roots;
    }

    private static List<Provision> BuildHeadings(Context ctx, List<DocumentParagraph> body)
    {
        var roots = new List<Provision>();
        var stack = new Provision?[5]; // index = heading level 1..4
        foreach (var p in body)
        {
            var n = ctx.Norm(p);
            Match m;
            int level;
            ProvisionKind kind;
            if ((m = StructurePatterns.ChineseComma().Match(n)).Success)
            {
                (level, kind) = (1, ProvisionKind.Heading1);
            }
            else if ((m = StructurePatterns.ChineseParen().Match(n)).Success)
            {
                (level, kind) = (2, ProvisionKind.Heading2);
            }
            else if ((m = StructurePatterns.ArabicDot().Match(n)).Success)
            {
                (level, kind) = (3, ProvisionKind.Heading3);
            }
            else if ((m = StructurePatterns.ArabicParen().Match(n)).Success)
            {
                (level, kind) = (4, ProvisionKind.Heading4);
            }
            else
            {
                var para = NewParagraph(p);
                var host = stack[4] ?? stack[3] ?? stack[2] ?? stack[1];
                if (host is null)
                {
                    roots.Add(para);
                }
                else
                {
                    host.Add(para);
                }

                continue;
            }

            var node = NewNumbered(kind, p, m);
            Provision? parent = null;
            for (var l = level - 1; l >= 1 && parent is null; l--)
            {
                parent = stack[l];
            }

            if (parent is null)
            {
                roots.Add(node);
            }
            else
            {
                parent.Add(node);
            }

            stack[level] = node;
            for (var l = level + 1; l <= 4; l++)
            {
                stack[l] = null;
            }
        }

        return roots;
    }

    private static Provision NewNumbered(ProvisionKind kind, DocumentParagraph p, Match m)
    {
        var t = m.Groups["t"];
        var numberText = t.Success && t.Length > 0 ? p.Text[..t.Index].TrimEnd() : p.Text;
        var text = t.Success ? p.Text[t.Index..] : string.Empty;
        var offset = p.Offset + (t.Success && t.Length > 0 ? t.Index : p.Text.Length);
        int? number = ChineseNumerals.TryParse(m.Groups["n"].Value, out var v) ? v : null;
        return new Provision(kind, number, numberText, text, p.Span, offset);
    }

    private static Provision NewParagraph(DocumentParagraph p) =>
        new(ProvisionKind.Paragraph, null, string.Empty, p.Text, p.Span, p.Offset);

    private static SourceSpan ComputeSpans(Provision p)
    {
        var end = p.Span.End;
        foreach (var c in p.Children)
        {
            end = Math.Max(end, ComputeSpans(c).End);
        }

        p.FullSpan = new SourceSpan(p.Span.Offset, end - p.Span.Offset, p.Span.ParagraphIndex);
        return p.FullSpan;
    }

    // ---------------------------------------------------------------- labels

    private static void ComputeLabels(IReadOnlyList<Provision> roots)
    {
        var topParagraphs = 0;
        foreach (var r in roots)
        {
            if (r.Kind == ProvisionKind.Paragraph)
            {
                topParagraphs++;
                r.Number = topParagraphs;
            }

            Label(r, string.Empty, string.Empty);
        }
    }

    private static void Label(Provision p, string parentLabel, string parentPath)
    {
        string own;
        switch (p.Kind)
        {
            case ProvisionKind.Chapter:
                own = $"第{Cn(p.Number)}章";
                p.Label = own;
                p.PathLabel = own;
                break;
            case ProvisionKind.Section:
                own = $"第{Cn(p.Number)}节";
                p.Label = parentLabel + own;
                p.PathLabel = Join(parentPath, own);
                break;
            case ProvisionKind.Article:
                own = $"第{Cn(p.Number)}条";
                p.Label = own;
                p.PathLabel = Join(parentPath, own);
                break;
            case ProvisionKind.Clause:
                var single = p.Parent!.Children.Count(c => c.Kind == ProvisionKind.Clause) == 1;
                own = single ? string.Empty : $"第{Cn(p.Number)}款";
                p.Label = parentLabel + own;
                p.PathLabel = Join(parentPath, own);
                break;
            case ProvisionKind.Item:
                own = $"第（{Cn(p.Number)}）项";
                p.Label = parentLabel + own;
                p.PathLabel = Join(parentPath, own);
                break;
            case ProvisionKind.SubItem:
                own = $"第{p.Number}目";
                p.Label = parentLabel + own;
                p.PathLabel = Join(parentPath, own);
                break;
            case ProvisionKind.Heading1:
                own = $"第{Cn(p.Number)}部分";
                p.Label = own;
                p.PathLabel = own;
                break;
            case ProvisionKind.Heading2:
                own = $"第（{Cn(p.Number)}）项";
                p.Label = parentLabel + own;
                p.PathLabel = Join(parentPath, own);
                break;
            case ProvisionKind.Heading3:
                own = $"第{p.Number}点";
                p.Label = parentLabel + own;
                p.PathLabel = Join(parentPath, own);
                break;
            case ProvisionKind.Heading4:
                own = $"第（{p.Number}）点";
                p.Label = parentLabel + own;
                p.PathLabel = Join(parentPath, own);
                break;
            default:
                if (p.Parent is not null)
                {
                    // Under a heading that carries text of its own ("一、各单位应当……"), that heading line is the first 段.
                    var siblings = p.Parent.Children.Where(c => c.Kind == ProvisionKind.Paragraph).ToList();
                    var headingHasText = p.Parent.Kind is >= ProvisionKind.Heading1 and <= ProvisionKind.Heading4 && p.Parent.Text.Length > 0;
                    p.Number = siblings.IndexOf(p) + (headingHasText ? 2 : 1);
                    own = $"第{Cn(p.Number)}段";
                }
                else
                {
                    own = $"第{Cn(p.Number)}段";
                }

                p.Label = parentLabel + own;
                p.PathLabel = Join(parentPath, own);
                break;
        }

        // Articles number through the whole text, so they ignore the chapter label they are handed.
        foreach (var c in p.Children)
        {
            Label(c, p.Label, p.PathLabel);
        }
    }

    private static string Cn(int? n) => n is { } v ? ChineseNumerals.ToCounting(v) : "？";

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    // ---------------------------------------------------------------- tables, citations, lifecycle

    private static List<DocumentTable> BuildTables(Context ctx, IReadOnlyList<DocumentSection> sections)
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

    private static List<LawCitation> FindCitations(Context ctx)
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

    private static void FindLifecycleClauses(Context ctx, DocumentBuildResult result, IReadOnlyList<DocumentSection> sections)
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

    private static EffectiveDateClause? FindEffective(Context ctx, string text, int baseOffset)
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

    private sealed class Context
    {
        private readonly int[] _offsets;

        public Context(List<DocumentParagraph> paragraphs, string text)
        {
            Paragraphs = paragraphs;
            Text = text;
            NormalizedText = TextNormalizer.Normalize(text);
            Flow = paragraphs.Where(p => p.Part is SourcePartKind.Body or SourcePartKind.TextBox).ToList();
            _offsets = paragraphs.Select(p => p.Offset).ToArray();
        }

        public List<DocumentParagraph> Paragraphs { get; }

        public List<DocumentParagraph> Flow { get; }

        public string Text { get; }

        public string NormalizedText { get; }

        public string Norm(DocumentParagraph p) => NormalizedText.Substring(p.Offset, p.Text.Length);

        public SourceSpan SpanAt(int offset, int length)
        {
            var i = Array.BinarySearch(_offsets, offset);
            if (i < 0)
            {
                i = Math.Max(0, ~i - 1);
            }

            return new SourceSpan(offset, length, i);
        }
    }
}
