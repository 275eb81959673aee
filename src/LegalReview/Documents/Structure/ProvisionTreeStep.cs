using System.Text.RegularExpressions;

namespace LegalReview.Documents.Structure;

/// <summary>
/// The provision-tree step: turns a part's body paragraphs into a tree of <see cref="ProvisionNode"/> drafts — 章/节/条/款/项/目
/// for an article-style text, 一、/（一）/1./（1） headings for a heading-style text, plain 段 otherwise.
/// </summary>
internal static class ProvisionTreeStep
{
    public static IReadOnlyList<ProvisionNode> Build(ParseContext ctx, List<DocumentParagraph> body, BodyStyle style) => style switch
    {
        BodyStyle.Articles => BuildArticles(ctx, body),
        BodyStyle.Headings => BuildHeadings(ctx, body),
        _ => body.Select(NewParagraph).ToList(),
    };

    private static List<ProvisionNode> BuildArticles(ParseContext ctx, List<DocumentParagraph> body)
    {
        var roots = new List<ProvisionNode>();
        ProvisionNode? chapter = null, section = null, article = null, clause = null, item = null;
        void AddTop(ProvisionNode p)
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
                (chapter ?? (ProvisionNode?)null)?.Add(section);
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
                clause = new ProvisionNode(ProvisionKind.Clause, 1, string.Empty, article.Text, p.Span, article.TextOffset);
                article.Add(clause);
                item = null;
                continue;
            }

            if (article is null)
            {
                AddTop(NewParagraph(p));
                continue;
            }

            if ((m = StructurePatterns.ChineseParen().Match(n)).Success || (m = StructurePatterns.EnclosedChinese().Match(n)).Success)
            {
                item = NewNumbered(ProvisionKind.Item, p, m);
                clause!.Add(item);
                continue;
            }

            if ((m = StructurePatterns.ArabicDot().Match(n)).Success || (m = StructurePatterns.ArabicParen().Match(n)).Success || (m = StructurePatterns.EnclosedDigit().Match(n)).Success)
            {
                var sub = NewNumbered(ProvisionKind.SubItem, p, m);
                (item ?? clause!).Add(sub);
                continue;
            }

            // An unnumbered paragraph inside an article starts a new 款.
            clause = new ProvisionNode(ProvisionKind.Clause, article.Children.Count + 1, string.Empty, p.Text, p.Span, p.Offset);
            article.Add(clause);
            item = null;
        }

        return roots;
    }

    private static List<ProvisionNode> BuildHeadings(ParseContext ctx, List<DocumentParagraph> body)
    {
        var roots = new List<ProvisionNode>();
        var stack = new ProvisionNode?[5]; // index = heading level 1..4
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
            else if ((m = StructurePatterns.ChineseParen().Match(n)).Success || (m = StructurePatterns.EnclosedChinese().Match(n)).Success)
            {
                (level, kind) = (2, ProvisionKind.Heading2);
            }
            else if ((m = StructurePatterns.ArabicDot().Match(n)).Success)
            {
                (level, kind) = (3, ProvisionKind.Heading3);
            }
            else if ((m = StructurePatterns.ArabicParen().Match(n)).Success || (m = StructurePatterns.EnclosedDigit().Match(n)).Success)
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
            ProvisionNode? parent = null;
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

    private static ProvisionNode NewNumbered(ProvisionKind kind, DocumentParagraph p, Match m)
    {
        var t = m.Groups["t"];
        var numberText = t.Success && t.Length > 0 ? p.Text[..t.Index].TrimEnd() : p.Text;
        var text = t.Success ? p.Text[t.Index..] : string.Empty;
        var offset = p.Offset + (t.Success && t.Length > 0 ? t.Index : p.Text.Length);
        int? number = m.Groups["c"].Success ? EnclosedNumber(m.Groups["c"].Value[0])
            : ChineseNumerals.TryParse(m.Groups["n"].Value, out var v) ? v : null;
        return new ProvisionNode(kind, number, numberText, text, p.Span, offset);
    }

    // ㈠ is U+3220, ⑴ U+2474, ① U+2460: each block numbers from 1.
    private static int EnclosedNumber(char c) => c switch
    {
        >= '\u3220' and <= '\u3229' => c - '\u3220' + 1,
        >= '\u2474' and <= '\u2487' => c - '\u2474' + 1,
        _ => c - '\u2460' + 1,
    };

    private static ProvisionNode NewParagraph(DocumentParagraph p) =>
        new(ProvisionKind.Paragraph, null, string.Empty, p.Text, p.Span, p.Offset);
}
