using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.SampleHost.Cases;

/// <summary>Groups findings the way a reviewer reads them: by the article they sit in.</summary>
public static class Articles
{
    /// <summary>The article a finding sits in ("第十二条"), or its own label outside the articles (标题, 文号…).</summary>
    public static string ArticleOf(NormativeDocument doc, Finding f) =>
        doc.ProvisionAt(f.Location.Offset)?.Article?.Label is { Length: > 0 } article ? article : f.Location.Label;
}
