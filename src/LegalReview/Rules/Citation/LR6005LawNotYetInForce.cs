using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Citation;

/// <summary>LR6005: relies on a law that is not yet in force on the document's own 施行日期.</summary>
[ReviewRule("LR6005", RuleCategory.Citation, FindingSeverity.Warning, "引用的法律在文件施行时尚未施行",
    Description = "法律、法规公布后至施行前不具有约束力。文件在其施行之日以尚未施行的法律、法规作为现行依据的，依据在文件施行期间的一段时间内并不存在。",
    Suggestion = "在新法施行前仍依照现行有效的规定；或者将文件施行日期调整至新法施行之后，或者写明“自《……》施行之日起执行”。",
    OffendingExample = "某某县税收服务办法\n第一条 根据《中华人民共和国增值税法》，制定本办法。\n第二条 本办法自2025年6月1日起施行。\n某某县税务局\n2025年5月1日",
    CompliantExample = "某某县税收服务办法\n第一条 根据《中华人民共和国增值税法》，制定本办法。\n第二条 本办法自2026年2月1日起施行。\n某某县税务局\n2025年12月1日",
    ExamplePlacement = ExamplePlacement.Document)]
[LegalBasis("《中华人民共和国立法法》第六十一条")]
internal sealed partial class LR6005LawNotYetInForce : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        if (doc.EffectiveDate?.Resolve(doc.IssueDate?.Value) is not { } effective)
        {
            return;
        }

        foreach (var citation in doc.Citations)
        {
            var versions = context.Knowledge.FindLaw(citation.Name);
            if (versions.Count == 0 || context.Knowledge.TryGetRepealed(citation.Name, out _) || FirstInForce(context, versions) is not { } first || effective >= first.InForce)
            {
                continue;
            }

            var inForce = first.InForce;

            // A document dated before the indexed text was even published cannot be citing that text: it cites an
            // earlier version the index does not hold, which was in force.
            if (first.Published is { } published && published > effective)
            {
                continue;
            }

            var (sentence, at) = CitationContext.SentenceAround(doc, citation.Span);
            if (Anticipates().IsMatch(sentence[(at + citation.Span.Length)..]))
            {
                continue;
            }

            // The index may hold only a law's latest revision; unless the law replaced a repealed one, say what is known: that text was not yet in force.
            var message = first.IsNewLaw
                ? $"《{versions[0].ShortName}》自{CitationContext.Format(inForce)}起施行，而本文件自{CitationContext.Format(effective)}起施行，届时该法尚未施行，不能作为现行依据。"
                : $"《{versions[0].ShortName}》（{first.Version}文本）自{CitationContext.Format(inForce)}起施行，而本文件自{CitationContext.Format(effective)}起施行，届时该文本尚未施行；请核对所引内容在本文件施行时是否已经有效。";
            context.Report(citation.Span, message,
                $"在{CitationContext.Format(inForce)}前仍依照现行有效的规定，或者将施行日期调整至{CitationContext.Format(inForce)}以后。");
        }
    }

    /// <summary>
    /// When the law's first version came into force. The index leaves the date empty for some laws; the successor
    /// column of the repeal table then gives it (the old law ends the day the new one begins).
    /// </summary>
    private static (DateOnly InForce, bool IsNewLaw, string Version, DateOnly? Published)? FirstInForce(ReviewContext context, IReadOnlyList<Knowledge.LawRecord> versions)
    {
        var first = versions.MinBy(v => v.VersionDate ?? DateOnly.MaxValue)!;
        var version = first.VersionDate is { } v ? CitationContext.Format(v) : "现行";
        var title = $"《{first.Title}》";
        var shortName = $"《{first.ShortName}》";
        var replaced = context.Knowledge.Repealed
            .Where(r => r.Since is not null && (r.Successor.Contains(title, StringComparison.Ordinal) || r.Successor.Contains(shortName, StringComparison.Ordinal)))
            .Select(r => r.Since!.Value)
            .DefaultIfEmpty()
            .Max();
        var isNew = replaced != default;
        return first.InForceFrom is { } known ? (known, isNew, version, first.VersionDate)
            : isNew ? (replaced, true, version, first.VersionDate)
            : null;
    }

    [GeneratedRegex(@"^[^。；]{0,8}?(?:施行后|施行之日|实施后|实施之日|生效后|生效之日|正式施行)")]
    private static partial Regex Anticipates();
}
