using System.Text.RegularExpressions;
using LegalReview.Documents;

namespace LegalReview.Rules;

/// <summary>
/// Whether a document comes from the centre (党中央, 国务院 and its general office, a ministry): the rules that ask for
/// an upper-law basis or judge a local issuer's authority leave such documents alone, since a State Council decision
/// is itself the basis those rules ask for.
/// </summary>
internal static partial class CentralIssuer
{
    /// <summary>Whether any issuer of the document is a central organ.</summary>
    public static bool Issued(NormativeDocument document) =>
        document.Issuers.Any(Is) || (document.Issuers.Count == 0 && document.DocumentNumber?.AgencyCode is { } code && CentralCode().IsMatch(code));

    /// <summary>Whether an issuer's name is a central organ's.</summary>
    public static bool Is(string issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return Centre().IsMatch(issuer) || (Organ().IsMatch(issuer) && !Local().IsMatch(issuer));
    }

    // 国务院, 国务院办公厅, 中共中央, 中央军委办公厅, 全国…委员会.
    [GeneratedRegex(@"^(?:国务院|中共中央|中央|全国|国家)")]
    private static partial Regex Centre();

    // A ministry or national bureau is named without a place: 财政部, 住房和城乡建设部, 市场监管总局, 中国人民银行.
    [GeneratedRegex(@"(?:部|总局|署|委员会|局|办公厅|银行)$")]
    private static partial Regex Organ();

    // A local organ starts with its place: 晋江市…, 福建省…, 县…, 某某自治州…; 市场监管总局 starts with 市场, not a place.
    [GeneratedRegex(@"^(?:[县区乡镇]|市(?!场))|^\p{IsCJKUnifiedIdeographs}{1,8}?(?:省|自治区|市|县|自治州|州|旗|盟|特别行政区)")]
    private static partial Regex Local();

    [GeneratedRegex(@"^(?:国发|国办发|国函|国办函|国令|国发明电|国办发明电|中发|中办发)$")]
    private static partial Regex CentralCode();
}
