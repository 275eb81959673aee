using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Citation;

/// <summary>LR6003: cites a superseded policy document or a replaced national standard.</summary>
[ReviewRule("LR6003", RuleCategory.Citation, FindingSeverity.Warning, "引用已被取代的文件或者标准",
    Description = "上级文件、国家标准被新的文件或者标准代替后，仍引用旧文件、旧标准作为依据的，依据已不现行，相关要求也可能已经变化。",
    Suggestion = "改为引用现行的文件或者标准，并核对相关要求。",
    OffendingExample = "公文格式按照GB/T 9704-1999《国家行政机关公文格式》执行。",
    CompliantExample = "公文格式按照《党政机关公文格式》（GB/T 9704-2012）执行。")]
[LegalBasis("《党政机关公文处理工作条例》第四十二条", Verified = false)]
internal sealed partial class LR6003SupersededDocument : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        var asOf = CitationContext.DocumentDate(doc) ?? context.Today;
        var reported = new List<SourceSpan>();
        foreach (var citation in doc.Citations)
        {
            if (context.Knowledge.TryGetRepealed(citation.Name, out var superseded) && superseded is { IsDocument: true } && !(superseded.Since is { } since && asOf < since)
                && !CitationContext.IsMentionOfRepeal(doc, citation.Span))
            {
                Report(context, citation.Span, $"《{citation.Name}》", superseded);
                reported.Add(citation.Span);
            }
        }

        for (var m = Standard().Match(doc.NormalizedText); m.Success; m = m.NextMatch())
        {
            var span = doc.SpanAt(m.Index, m.Length);
            var name = $"{m.Groups["kind"].Value.Replace(" ", string.Empty, StringComparison.Ordinal)} {m.Groups["no"].Value}-{m.Groups["year"].Value}";
            if (reported.Any(r => r.Offset <= m.Index && m.Index < r.Offset + r.Length)
                || !context.Knowledge.TryGetRepealed(name, out var standard) || standard is not { IsDocument: true }
                || (standard.Since is { } since && asOf < since))
            {
                continue;
            }

            Report(context, span, $"“{doc.GetText(span)}”", standard);
        }
    }

    private static void Report(ReviewContext context, SourceSpan span, string quoted, Knowledge.RepealedLaw superseded)
    {
        var when = superseded.Since is { } d ? $"自{CitationContext.Format(d)}起" : "已";
        context.Report(span,
            $"引用的{quoted}{when}{superseded.Status}，不宜再作为现行依据。",
            $"改为引用{superseded.Successor}。",
            confidence: superseded.Verified ? 1.0 : 0.6);
    }

    [GeneratedRegex(@"(?<kind>GB\s*/\s*T|GB)\s*(?<no>\d{3,6}(?:\.\d+)?)\s*[-—–－]\s*(?<year>(?:19|20)\d{2})")]
    private static partial Regex Standard();
}
