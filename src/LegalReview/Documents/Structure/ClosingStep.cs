namespace LegalReview.Documents.Structure;

/// <summary>
/// The closing step: reads a part's closing block from its end upwards — closing remarks ("（此件公开发布）",
/// "（本文有删减）"), the 成文日期 (or a garbled one), the 落款 lines above it, and the 附件说明 above those.
/// Returns a <see cref="ClosingBlock"/> and where the body ends.
/// </summary>
internal static class ClosingStep
{
    public static ClosingBlock Read(ParseContext ctx, int start, int end, out int bodyEnd)
    {
        var flow = ctx.Flow;
        var j = end - 1;
        DocumentDate? date = null;
        var issuers = new List<string>();
        var excerpt = false;
        GarbledDate? garbled = null;
        while (j >= start && StructurePatterns.ClosingRemark().IsMatch(ctx.Norm(flow[j])))
        {
            excerpt |= StructurePatterns.ExcerptRemark().IsMatch(ctx.Norm(flow[j]));
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
        else if (j >= start && DocumentDate.TryParseGarbled(ctx.Norm(flow[j]), out var gd, out var readings))
        {
            var p = flow[j];
            var digits = p.Text.Trim();
            var span = new SourceSpan(p.Offset + p.Text.IndexOf(digits[0]), digits.Length, p.Index);
            garbled = new GarbledDate(digits, span, readings);
            date = gd?.WithSpan(span);
            j--;
        }

        // 落款: short lines naming bodies, directly above the date (a joint document has several).
        var k = j;
        while (k >= start && k > j - 4)
        {
            var n = ctx.Norm(flow[k]);
            if ((date is not null || garbled is not null) && LineShapes.IsSignatureLine(n))
            {
                issuers.InsertRange(0, LineShapes.SplitIssuers(LineShapes.CleanSignature(n)));
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
        return new ClosingBlock(issuers, date, attachments, excerpt, garbled);
    }
}
