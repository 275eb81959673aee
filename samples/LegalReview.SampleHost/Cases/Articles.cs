using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.SampleHost.Cases;

/// <summary>Groups findings the way a reviewer reads them: by the article they sit in.</summary>
public static class Articles
{
    /// <summary>
    /// Whether a finding concerns the document as a whole rather than words in it: no words at all, or (how rules
    /// report a missing fact or step) the whole title of the document or of its body, from a rule that is not about
    /// form (a form rule on the title is about the title itself).
    /// </summary>
    public static bool IsDocumentLevel(NormativeDocument doc, Finding f)
    {
        if (f.Location.Length == 0)
        {
            return true;
        }

        if (f.Category == RuleCategory.Form)
        {
            return false;
        }

        return IsWhole(doc.TitleSpan, f) || IsWhole(doc.Body.TitleSpan, f);

        static bool IsWhole(SourceSpan? span, Finding f) => span is { } s && s.Offset == f.Location.Offset && s.Length == f.Location.Length;
    }

    /// <summary>The article a finding sits in ("第十二条"), or its own label outside the articles (标题, 文号…).</summary>
    public static string ArticleOf(NormativeDocument doc, Finding f) =>
        doc.ProvisionAt(f.Location.Offset)?.Article?.Label is { Length: > 0 } article ? article : f.Location.Label;
}
