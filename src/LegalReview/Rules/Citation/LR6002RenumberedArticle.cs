using LegalReview.Documents;
using LegalReview.Knowledge;
using LegalReview.Review;

namespace LegalReview.Rules.Citation;

/// <summary>
/// LR6002: cites a law still in force by an article number that a revision moved, where the words around the citation
/// show the old article's subject is meant.
/// </summary>
[ReviewRule("LR6002", RuleCategory.Citation, FindingSeverity.Warning, "引用的条文序号已因法律修改而变化",
    Description = "法律修改后条文序号可能整体调整。仍按修改前的条文序号引用的，引用的条款与所要援引的内容不一致，影响依据的准确性。",
    Suggestion = "按现行文本核对条文序号，改为引用修改后的条款。",
    OffendingExample = "依据《中华人民共和国行政处罚法》第十四条，其他规范性文件不得设定行政处罚。",
    CompliantExample = "依据《中华人民共和国行政处罚法》第十六条，其他规范性文件不得设定行政处罚。")]
[LegalBasis("《党政机关公文处理工作条例》第十九条", Verified = false)]
internal sealed class LR6002RenumberedArticle : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        var asOf = CitationContext.DocumentDate(doc) ?? context.Today;
        foreach (var citation in doc.Citations)
        {
            if (citation.Article is not { } article)
            {
                continue;
            }

            var law = KnowledgeBase.StripPrc(citation.Name);
            var moves = context.Knowledge.Renumbered.Where(r => r.Law == law).ToArray();
            var stale = moves.Where(r => r.OldArticle == article && asOf >= (r.InForce ?? r.Revised)).ToArray();
            if (stale.Length == 0)
            {
                continue;
            }

            var sentence = CitationContext.SentenceAround(doc, citation.Span).Sentence;

            // The same number may now hold another moved article; the old meaning must fit the words better than the new one.
            var current = moves.Where(r => r.NewArticle == article).Select(r => Score(r, sentence)).DefaultIfEmpty(0).Max();
            var best = stale.Select(r => (Move: r, Score: Score(r, sentence))).MaxBy(x => x.Score);
            if (best.Score == 0 || best.Score <= current)
            {
                continue;
            }

            var move = best.Move;
            var newText = $"第{ChineseNumerals.ToCounting(move.NewArticle)}条";
            context.Report(citation.Span,
                $"《{law}》于{CitationContext.Format(move.Revised)}修改后，关于“{move.Subject}”的规定已由第{ChineseNumerals.ToCounting(move.OldArticle)}条调整为{newText}，“{citation.ArticleText}”系修改前的条文序号。",
                $"改为引用《{citation.Name}》{newText}，并核对条文内容。");
        }
    }

    /// <summary>How many of the move's keywords stand in the sentence; a move without keywords always fits once.</summary>
    private static int Score(RenumberedArticle move, string sentence) =>
        move.Keywords.Count == 0 ? 1 : move.Keywords.Count(k => sentence.Contains(k, StringComparison.Ordinal));
}
