using System.Text.RegularExpressions;

namespace LegalReview.Documents.Structure;

/// <summary>
/// The first parse step: the web page's metadata block, the 版头, the title (over several lines if need be), the 文号
/// above or under it, a bracketed date, and the 主送机关. Returns a <see cref="HeaderBlock"/>.
/// </summary>
internal static partial class HeaderStep
{
    private const int HeaderLineLimit = 12;

    public static HeaderBlock Read(ParseContext ctx)
    {
        var flow = ctx.Flow;
        var metadata = ReadMetadata(ctx, out var i);
        var issuers = new List<string>();
        DocumentNumber? number = null;
        SourceSpan? numberSpan = null;
        TitleLines? title = null;
        var limit = Math.Min(flow.Count, i + HeaderLineLimit);
        for (; i < limit; i++)
        {
            var n = ctx.Norm(flow[i]);
            if (LineShapes.IsBodyStart(n))
            {
                break;
            }

            if (number is null && LineShapes.IsNumberLine(flow[i].Text, out var found, out var at))
            {
                (number, numberSpan) = (found, new SourceSpan(flow[i].Offset + at, found!.Raw.Length, flow[i].Index));
                continue;
            }

            if (n.EndsWith("文件", StringComparison.Ordinal) && n.Length <= 40 && !n.Contains('，'))
            {
                issuers.AddRange(LineShapes.SplitIssuers(n[..^2]));
                continue;
            }

            if ((title = TitleLines.Read(ctx, i, flow.Count)) is not null)
            {
                break;
            }

            if (n.Length <= 40 && StructurePatterns.IssuerSuffix().IsMatch(n) && !LineShapes.HasSentencePunctuation(n))
            {
                issuers.AddRange(LineShapes.SplitIssuers(n));
                continue;
            }

            if (n.StartsWith("签发人", StringComparison.Ordinal) || n.Contains("密级", StringComparison.Ordinal) || n.Contains("紧急", StringComparison.Ordinal) || LineShapes.IsSubtitle(n))
            {
                continue;
            }

            break; // an ordinary sentence: no recognisable header
        }

        if (title is null)
        {
            return new HeaderBlock(Math.Min(i, flow.Count), string.Empty, null, issuers, number ?? metadata?.DocumentNumber, numberSpan, metadata?.IssueDate, null, [], metadata);
        }

        var normTitle = TextNormalizer.Normalize(title.Text);
        var wm = StructurePatterns.WrapperTitle().Match(normTitle);
        IReadOnlyList<string> wrapperNames = wm.Success
            ? StructurePatterns.BookTitle().Matches(wm.Groups["names"].Value).Select(m => m.Groups["name"].Value).ToArray()
            : [];
        if (issuers.Count == 0)
        {
            issuers.AddRange(IssuersFromTitle(normTitle));
        }

        var under = ReadUnderTitle(ctx, title.First + title.Count, number, numberSpan);
        return new HeaderBlock(under.Next, title.Text, title.Span, issuers.Distinct(StringComparer.Ordinal).ToArray(),
            under.Number ?? metadata?.DocumentNumber, under.NumberSpan, under.Date ?? metadata?.IssueDate, under.Recipients, wrapperNames, metadata);
    }

    /// <summary>The bodies a title names before "关于", "转发" or "对" ("国务院办公厅、中央军委办公厅关于…"), or before the 令.</summary>
    public static IEnumerable<string> IssuersFromTitle(string normTitle)
    {
        var m = TitleIssuer().Match(normTitle);
        if (m.Success && StructurePatterns.IssuerSuffix().IsMatch(m.Groups["who"].Value))
        {
            return LineShapes.SplitIssuers(m.Groups["who"].Value);
        }

        return [];
    }

    private sealed record UnderTitle(int Next, DocumentNumber? Number, SourceSpan? NumberSpan, DocumentDate? Date, string? Recipients);

    // Lines under the title: a bracketed date and/or 文号, a draft marker, an order number, then the 主送机关.
    private static UnderTitle ReadUnderTitle(ParseContext ctx, int next, DocumentNumber? number, SourceSpan? numberSpan)
    {
        var flow = ctx.Flow;
        DocumentDate? date = null;
        string? recipients = null;
        for (; next < flow.Count; next++)
        {
            var n = ctx.Norm(flow[next]);
            if (LineShapes.IsBodyStart(n))
            {
                break;
            }

            if (number is null && LineShapes.IsNumberLine(flow[next].Text, out var found, out var at))
            {
                (number, numberSpan) = (found, new SourceSpan(flow[next].Offset + at, found!.Raw.Length, flow[next].Index));
                if (DocumentDate.TryFind(n, out var d, out var di, out var dl))
                {
                    date = d!.WithSpan(new SourceSpan(flow[next].Offset + di, dl, flow[next].Index));
                }

                continue;
            }

            if (LineShapes.IsSubtitle(n) || OrderNumber().IsMatch(n))
            {
                if (LineShapes.IsSubtitle(n) && n.Length <= 60 && DocumentDate.TryFind(n, out var d, out var di, out var dl))
                {
                    date ??= d!.WithSpan(new SourceSpan(flow[next].Offset + di, dl, flow[next].Index));
                }

                continue;
            }

            if (n.EndsWith('：') && n.Length <= 100 && !n.StartsWith("附件", StringComparison.Ordinal) && !NotRecipients().IsMatch(n))
            {
                recipients = flow[next].Text[..^1];
                next++;
            }

            break;
        }

        return new UnderTitle(next, number, numberSpan, date, recipients);
    }

    private static SourceMetadata? ReadMetadata(ParseContext ctx, out int next)
    {
        var flow = ctx.Flow;
        var fields = new List<KeyValuePair<string, string>>();
        next = 0;
        while (next < flow.Count && next < 20)
        {
            var n = ctx.Norm(flow[next]);
            var ms = MetadataField().Matches(n);
            if (ms.Count == 0 || ms[0].Index != 0)
            {
                break;
            }

            foreach (Match m in ms)
            {
                fields.Add(new(m.Groups["k"].Value, m.Groups["v"].Value.Trim()));
            }

            next++;
        }

        if (fields.Count < 2)
        {
            next = 0;
            return null;
        }

        var span = new SourceSpan(flow[0].Offset, flow[next - 1].Span.End - flow[0].Offset, flow[0].Index);
        return new SourceMetadata(fields, span);
    }

    // "现将有关事项通告如下：" ends with a colon too, but it is the preamble's sentence, not a list of recipients.
    [GeneratedRegex(@"如下：$|。|^(?:为|根据|依据|按照|现将|现就|经|鉴于|近期|目前)")]
    private static partial Regex NotRecipients();

    [GeneratedRegex(@"^第[0-9]{1,5}号$")]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"^(?<who>[^，。；：]{2,60}?)(?:关于|转发|批转|对(?=全国|十|第)|令$)")]
    private static partial Regex TitleIssuer();

    [GeneratedRegex(@"(?<k>索引号|主题分类|主题词|发文机关|发布机构|成文日期|发布日期|发文字号|文号|标题|有效性|体裁分类|组配分类)\s*[：:]\s*(?<v>(?:(?!(?:索引号|主题分类|主题词|发文机关|发布机构|成文日期|发布日期|发文字号|文号|标题|有效性|体裁分类|组配分类)\s*[：:]).)*)")]
    private static partial Regex MetadataField();
}
