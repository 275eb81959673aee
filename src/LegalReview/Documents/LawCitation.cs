namespace LegalReview.Documents;

/// <summary>A citation of a law, regulation or document: 《中华人民共和国行政许可法》第十七条.</summary>
/// <param name="Name">The cited title, without 书名号.</param>
/// <param name="Article">The cited article number, when one is given.</param>
/// <param name="ArticleText">The article reference as written ("第十七条"), or null.</param>
/// <param name="Span">Where the citation stands (书名号 and article included).</param>
internal sealed record LawCitation(string Name, int? Article, string? ArticleText, SourceSpan Span);
