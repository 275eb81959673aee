namespace LegalReview.Documents.Structure;

/// <summary>A title read from one or more consecutive lines.</summary>
/// <param name="First">The flow index of its first line.</param>
/// <param name="Count">How many lines it takes.</param>
/// <param name="Text">The title text, lines joined.</param>
/// <param name="Span">From the start of the first line to the end of the last.</param>
internal sealed record TitleLines(int First, int Count, string Text, SourceSpan Span)
{
    private const int MaxLines = 5;

    /// <summary>Reads a title starting at <paramref name="start"/>: lines are joined until they end with a 文种 word.</summary>
    public static TitleLines? Read(ParseContext ctx, int start, int end)
    {
        var flow = ctx.Flow;
        if (start >= end)
        {
            return null;
        }

        var first = LineShapes.CollapseSpacing(ctx.Norm(flow[start]));
        if (StructurePatterns.AttachmentMarker().IsMatch(first) || first.Length is < 2 or > LineShapes.MaxTitleLength || LineShapes.IsBodyStart(first) || first.EndsWith('：')
            || LineShapes.IsNumberLine(flow[start].Text, out _, out _) || DocumentDate.TryParse(first, out _) || LineShapes.IsSubtitle(first))
        {
            return null;
        }

        if (LineShapes.IsTitleLike(first) && !(start + 1 < end && ContinuesTitle(ctx.Norm(flow[start + 1]), first)))
        {
            return new TitleLines(start, 1, LineShapes.CollapseSpacing(flow[start].Text), flow[start].Span);
        }

        if (LineShapes.HasSentencePunctuation(first))
        {
            return null;
        }

        var text = LineShapes.CollapseSpacing(flow[start].Text);
        var norm = first;
        for (var k = start + 1; k < Math.Min(end, start + MaxLines); k++)
        {
            var n = LineShapes.CollapseSpacing(ctx.Norm(flow[k]));
            if (n.Length > 40 || StructurePatterns.AttachmentMarker().IsMatch(n) || (n.StartsWith('（') && LineShapes.EndsWithKindWord(norm)) || LineShapes.HasSentencePunctuation(n) || LineShapes.IsBodyStart(n) || n.EndsWith('：') || LineShapes.IsSubtitle(n)
                || LineShapes.IsNumberLine(flow[k].Text, out _, out _) || DocumentDate.TryParse(n, out _))
            {
                return null;
            }

            text += LineShapes.CollapseSpacing(flow[k].Text);
            norm += n;
            if (norm.Length <= LineShapes.MaxTitleLength && LineShapes.EndsWithKindWord(norm) && Balanced(norm)
                && !(k + 1 < end && ContinuesTitle(ctx.Norm(flow[k + 1]), norm)))
            {
                var span = new SourceSpan(flow[start].Offset, flow[k].Span.End - flow[start].Offset, flow[start].Index);
                return new TitleLines(start, k - start + 1, text, span);
            }
        }

        return null;
    }

    /// <summary>
    /// The title of an attached text under its "附件N" marker: a title by <see cref="Read"/>, or else a short line with no
    /// sentence punctuation (a table or list title such as "三级公立医院绩效考核指标"), joined with the next when it ends with "的".
    /// </summary>
    public static TitleLines? ReadAfterMarker(ParseContext ctx, int start, int end)
    {
        if (Read(ctx, start, end) is { } title)
        {
            return title;
        }

        var flow = ctx.Flow;
        if (start >= end || !IsLoose(ctx.Norm(flow[start])))
        {
            return null;
        }

        var last = start;
        while (ctx.Norm(flow[last]).EndsWith('的') && last + 1 < end && IsLoose(ctx.Norm(flow[last + 1])) && last - start < MaxLines)
        {
            last++;
        }

        var text = string.Concat(Enumerable.Range(start, last - start + 1).Select(k => LineShapes.CollapseSpacing(flow[k].Text)));
        return new TitleLines(start, last - start + 1, text, new SourceSpan(flow[start].Offset, flow[last].Span.End - flow[start].Offset, flow[start].Index));
    }

    private static bool IsLoose(string n) =>
        n.Length is >= 2 and <= 60 && !LineShapes.HasSentencePunctuation(n) && !LineShapes.IsBodyStart(n) && !n.EndsWith('：')
        && !StructurePatterns.ChineseComma().IsMatch(n) && !StructurePatterns.ChineseParen().IsMatch(n) && !StructurePatterns.ArabicDot().IsMatch(n)
        && !DocumentDate.TryParse(n, out _);

    // The next line carries on the title when the title so far is cut inside 《》 or the next line begins with "的".
    private static bool ContinuesTitle(string next, string sofar) =>
        next.Length <= 40 && !LineShapes.HasSentencePunctuation(next) && (next.StartsWith('的') || !Balanced(sofar)) && LineShapes.EndsWithKindWord(sofar + next);

    private static bool Balanced(string s) => s.Count(c => c == '《') == s.Count(c => c == '》');
}
