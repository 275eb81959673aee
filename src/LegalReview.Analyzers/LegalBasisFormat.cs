using System.Text.RegularExpressions;

namespace LegalReview.Analyzers;

/// <summary>
/// What a <c>[LegalBasis]</c> citation must look like so that a lawyer can find the text it relies on: a law in
/// 书名号 followed by an article, chapter or section (《中华人民共和国行政许可法》第十七条), a document number
/// (国办发〔2018〕37号), an order number (国务院令第722号), or a national or local standard (GB/T 9704-2012).
/// </summary>
internal static class LegalBasisFormat
{
    private static readonly Regex LawArticle = new(@"《(?<name>[^《》]+)》.*?第[^第条章节项]{1,12}[条章节项]", RegexOptions.CultureInvariant);

    private static readonly Regex DocumentNumber = new(@"\p{IsCJKUnifiedIdeographs}{1,15}(?:〔[0-9]{4}〕[0-9]+号|令第[0-9]+号)", RegexOptions.CultureInvariant);

    private static readonly Regex Standard = new(@"\b(?:GB|DB[0-9]{0,6}|[A-Z]{2})(?:/[TZ])?\s*[0-9]+(?:\.[0-9]+)*[-—–－](?:19|20)[0-9]{2}\b", RegexOptions.CultureInvariant);

    /// <summary>Whether a citation names a law and article, a document or order number, or a standard.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>True when a lawyer can locate the basis.</returns>
    internal static bool IsWellFormed(string? citation)
    {
        if (string.IsNullOrWhiteSpace(citation))
        {
            return false;
        }

        var law = LawArticle.Match(citation);
        if (law.Success && !IsEllipsis(law.Groups["name"].Value))
        {
            return true;
        }

        return DocumentNumber.IsMatch(citation) || Standard.IsMatch(citation);
    }

    // The code fix writes "《…》第…条" as a skeleton; it must not count as a citation until it is filled in.
    private static bool IsEllipsis(string name)
    {
        foreach (var c in name)
        {
            if (c is not ('…' or '.' or '·' or ' ' or '　'))
            {
                return false;
            }
        }

        return true;
    }
}
