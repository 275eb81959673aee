using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Knowledge;
using LegalReview.Review;

namespace LegalReview.Rules.Citation;

/// <summary>
/// LR6004: cites an article a law does not have (beyond its last article, or absent from its text in the law
/// library), or pairs a listed State Council document's title with another document's 文号.
/// </summary>
[ReviewRule("LR6004", RuleCategory.Citation, FindingSeverity.Error, "引用的条款不存在或者文件名称与文号不符",
    Description = "引用法律、法规的条款应当真实存在，引用上级文件的名称与文号应当一致。引用的条文序号超出该法条文总数，或者文件名称与文号张冠李戴的，依据无从查考。",
    Suggestion = "对照法律、法规的现行文本核对条文序号，对照原文核对上级文件的名称和文号。",
    OffendingExample = "依照《中华人民共和国行政许可法》第八十五条……",
    CompliantExample = "依照《中华人民共和国行政许可法》第十七条……")]
[LegalBasis("《党政机关公文处理工作条例》第十九条", Verified = false)]
internal sealed partial class LR6004NonexistentArticleOrNumber : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        CheckArticles(context);
        CheckDocumentNumbers(context);
    }

    private static void CheckArticles(ReviewContext context)
    {
        var doc = context.Document;
        var asOf = CitationContext.DocumentDate(doc) ?? context.Today;
        foreach (var citation in doc.Citations)
        {
            if (citation.Article is not { } article || context.Knowledge.TryGetRepealed(citation.Name, out _))
            {
                continue;
            }

            var law = context.Knowledge.LawInForce(citation.Name, asOf) ?? context.Knowledge.FindLaw(citation.Name).FirstOrDefault();
            if (law is null)
            {
                continue;
            }

            var version = law.VersionDate is { } v ? $"（{CitationContext.Format(v)}版本）" : string.Empty;
            if (law.Articles > 0 && article > law.Articles)
            {
                context.Report(citation.Span,
                    $"《{law.ShortName}》{version}共{ChineseNumerals.ToCounting(law.Articles)}条，不存在“{citation.ArticleText}”。",
                    $"对照《{law.Title}》现行文本核对所引条款。");
                continue;
            }

            if (context.Knowledge.LawLibrary is { } library && law.TextFile.Length > 0)
            {
                var articles = library.Articles(law.TextFile);
                if (articles.Count > 0 && !articles.ContainsKey(article))
                {
                    context.Report(citation.Span,
                        $"《{law.ShortName}》{version}文本中没有“{citation.ArticleText}”。",
                        $"对照《{law.Title}》现行文本核对所引条款。");
                }
            }
        }
    }

    private static void CheckDocumentNumbers(ReviewContext context)
    {
        var doc = context.Document;
        for (var m = TitleWithNumber().Match(doc.NormalizedText); m.Success; m = m.NextMatch())
        {
            var title = m.Groups["t1"].Success ? m.Groups["t1"].Value : m.Groups["t2"].Value;
            var numberGroup = m.Groups["n1"].Success ? m.Groups["n1"] : m.Groups["n2"];

            // The 文号 pattern may have swallowed the verb before it ("根据国办发……"); the 文号 starts after it.
            var lead = m.Groups["n2"].Success ? LeadingVerb().Match(numberGroup.Value).Length : 0;
            var number = numberGroup.Value[lead..];
            if (!context.Knowledge.TryGetDocumentByTitle(title, out var listed) || listed is null
                || KnowledgeBase.NormalizeDocumentNumber(number) == listed.Number)
            {
                continue;
            }

            var start = m.Index + lead;
            var span = doc.SpanAt(start, m.Index + m.Length - start);
            context.Report(span,
                $"《{title}》的文号是{listed.Number}，文件写作“{doc.Text.Substring(numberGroup.Index + lead, number.Length)}”，名称与文号不符。",
                $"核对原文后改为“{listed.Number}”。",
                confidence: listed.Verified ? 1.0 : 0.6);
        }
    }

    private const string Number = @"[\p{IsCJKUnifiedIdeographs}]{1,12}[〔【（]\s*(?:19|20)\d{2}\s*[〕】）]\s*第?\d{1,4}号";

    [GeneratedRegex(@"《(?<t1>[^《》\n]{4,80})》\s*（(?<n1>" + Number + @")）|(?<n2>" + Number + @")\s*(?:印发的|文件|的)?\s*《(?<t2>[^《》\n]{4,80})》")]
    private static partial Regex TitleWithNumber();

    [GeneratedRegex(@"^(?:根据|依据|按照|依照|遵照|贯彻落实|贯彻|落实|参照|结合|执行|以及|和|及|与)+")]
    private static partial Regex LeadingVerb();
}
