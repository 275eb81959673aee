using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Citation;

/// <summary>LR6001: cites a repealed law or administrative regulation as current basis.</summary>
[ReviewRule("LR6001", RuleCategory.Citation, FindingSeverity.Error, "引用已废止的法律、法规",
    Description = "规范性文件的制定依据和引用的法律、法规应当现行有效。法律、法规被废止或者被新法取代后，仍以其作为依据的，依据不成立，相关条款也可能与现行规定不一致。",
    Suggestion = "改为引用现行有效的法律、法规，并核对相应条款的内容是否发生变化。",
    OffendingExample = "根据《中华人民共和国合同法》第五十二条的规定……",
    CompliantExample = "根据《中华人民共和国民法典》第一百五十三条的规定……")]
[LegalBasis("《优化营商环境条例》第六十四条")]
[LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
internal sealed class LR6001RepealedLaw : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        var asOf = CitationContext.DocumentDate(doc) ?? context.Today;
        foreach (var citation in doc.Citations)
        {
            if (!context.Knowledge.TryGetRepealed(citation.Name, out var law) || law is null || law.IsDocument)
            {
                continue;
            }

            // A document dated before the repeal cited the law correctly at the time; one that names the repeal is not relying on it.
            if (law.Since is { } since && asOf < since)
            {
                continue;
            }

            if (CitationContext.IsMentionOfRepeal(doc, citation.Span))
            {
                continue;
            }

            var when = law.Since is { } d ? $"已于{CitationContext.Format(d)}" : "已";
            context.Report(citation.Span,
                $"引用的《{citation.Name}》{when}{law.Status}，不能再作为现行依据。",
                $"改为引用{law.Successor}，并核对对应条款。",
                confidence: law.Verified ? 1.0 : 0.6);
        }
    }
}
