using System.Text.RegularExpressions;
using LegalReview.Documents;

namespace LegalReview.Rules;

/// <summary>
/// Reading aids shared by the content rules: the sentence and comma-delimited segment around a match, and the
/// wording that turns an apparent creation of a permit, penalty or fee into a restatement of an upper law or a
/// constraint on the administration itself. All methods work on normalised provision text.
/// </summary>
internal static partial class ClauseText
{
    private const string SentenceStops = "。；！？\n";
    private const string SegmentStops = "，。；！？：\n";

    /// <summary>The sentence holding the span: from after the previous 。；！？ to the next one (exclusive).</summary>
    public static string Sentence(string text, int index, int length)
    {
        var (start, end) = Bounds(text, index, length, SentenceStops);
        return text[start..end];
    }

    /// <summary>The text of the sentence that precedes the span.</summary>
    public static string SentenceBefore(string text, int index)
    {
        var (start, _) = Bounds(text, index, 0, SentenceStops);
        return text[start..index];
    }

    /// <summary>The text of the sentence that follows the span.</summary>
    public static string SentenceAfter(string text, int index, int length)
    {
        var (_, end) = Bounds(text, index, length, SentenceStops);
        return text[(index + length)..Math.Max(index + length, end)];
    }

    /// <summary>The comma-delimited segment(s) covering the span, from the start of the segment where it begins.</summary>
    public static string Segment(string text, int index, int length)
    {
        var (start, _) = Bounds(text, index, length, SegmentStops);
        return text[start..(index + length)];
    }

    /// <summary>The text of the comma-delimited segment that precedes the span.</summary>
    public static string SegmentBefore(string text, int index)
    {
        var (start, _) = Bounds(text, index, 0, SegmentStops);
        return text[start..index];
    }

    /// <summary>
    /// Whether the segment carrying the match says it applies the law ("依法吊销", "未依法取得许可证的"): such wording
    /// restates a duty or sanction that exists in an upper law rather than creating one.
    /// </summary>
    public static bool RestatesLaw(string text, Match match) => Restatement().IsMatch(Segment(text, match.Index, match.Length));

    /// <summary>
    /// A law invoked by name without an article in the match's sentence ("依照《食品安全法》规定"), or null. Such a
    /// clause points at a basis but leaves the lawyer to find the article.
    /// </summary>
    public static string? LawNamedWithoutArticle(string text, Match match)
    {
        var sentence = Sentence(text, match.Index, match.Length);
        for (var law = NamedLaw().Match(sentence); law.Success; law = law.NextMatch())
        {
            if (!law.Groups["art"].Success)
            {
                return law.Groups["name"].Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the words just before the match negate or forbid it ("不得收取", "严禁擅自查封"), or the segment opens
    /// with a prohibition ("不得因当事人的违法行为限制其子女入学"): the clause then constrains the power instead of
    /// exercising it.
    /// </summary>
    public static bool IsNegated(string text, int index)
    {
        var before = SegmentBefore(text, index);
        return Negation().IsMatch(before) || ProhibitionLead().IsMatch(before) || MisconductLead().IsMatch(before);
    }

    /// <summary>
    /// Whether the provision is an item of a list that the lead-in forbids or sanctions ("不得有下列行为：",
    /// "有下列情形之一的，依法给予处分："): the item then describes misconduct rather than imposing anything.
    /// </summary>
    public static bool DescribesListedConduct(Provision provision)
    {
        if (provision.Kind is not (ProvisionKind.Item or ProvisionKind.SubItem or ProvisionKind.Heading2 or ProvisionKind.Heading3 or ProvisionKind.Heading4))
        {
            return false;
        }

        return LeadIn(provision) is { } lead && ListedConductLead().IsMatch(TextNormalizer.Normalize(lead.Text));
    }

    // The lead-in is the parent; where the reader found no hierarchy (a lone article followed by "（一）" lines) it is
    // the nearest preceding node of another kind.
    private static Provision? LeadIn(Provision provision)
    {
        if (provision.Parent is { } parent)
        {
            return parent;
        }

        Provision? lead = null;
        foreach (var p in provision.Section.AllProvisions)
        {
            if (ReferenceEquals(p, provision))
            {
                return lead;
            }

            if (p.Kind != provision.Kind)
            {
                lead = p;
            }
        }

        return null;
    }

    /// <summary>Whether a subject phrase names the administration (行政机关、有关部门、工作人员 …) rather than the public.</summary>
    public static bool IsAdministration(string subject) => Administration().IsMatch(subject) && !PublicSubject().IsMatch(subject);

    /// <summary>Appends the named-law hint to a message when the sentence names a law without an article.</summary>
    public static string WithLawHint(string message, string? namedLaw) =>
        namedLaw is null ? message : $"{message}本句援引了《{namedLaw}》但未写明具体条款，请核对上位法是否已有规定，并写明所依据的条款。";

    private static (int Start, int End) Bounds(string text, int index, int length, string stops)
    {
        var start = index;
        while (start > 0 && stops.IndexOf(text[start - 1], StringComparison.Ordinal) < 0)
        {
            start--;
        }

        var end = Math.Min(text.Length, index + length);
        while (end < text.Length && stops.IndexOf(text[end], StringComparison.Ordinal) < 0)
        {
            end++;
        }

        return (start, end);
    }

    [GeneratedRegex(@"依法|依照法律|依照有关法律|按照有关法律|依据有关法律|根据有关法律|法律、(?:行政)?法规(?:、规章)?(?:另有)?规定|法律法规(?:另有)?规定")]
    private static partial Regex Restatement();

    [GeneratedRegex(@"(?:依照|按照|根据|依据|参照|适用)《(?<name>[^《》]{2,60})》(?:（[^（）]{1,30}）)?(?<art>第[一二三四五六七八九十百千零〇0-9]+条)?")]
    private static partial Regex NamedLaw();

    [GeneratedRegex(@"(?:不得|严禁|禁止|不准|不应|不能|不再|不予|不(?:收|征|缴|实施|设立|列入|纳入|采取)|免予|免于|免除|无需|无须|不需|取消|防止|避免|杜绝|拒绝|抵制|制止|纠正|替代|代替|取代|违法|违规|擅自|变相|强行|乱)[^，。；]{0,6}$")]
    private static partial Regex Negation();

    [GeneratedRegex(@"^[^，。；]{0,8}?(?:不得|严禁|禁止|不准|不应|不能)")]
    private static partial Regex ProhibitionLead();

    [GeneratedRegex(@"^(?:（[一二三四五六七八九十0-9]+）)?(?:违反|违法|违规|擅自|超越|滥用|未按照?法定)")]
    private static partial Regex MisconductLead();

    [GeneratedRegex(@"(?:不得|禁止|严禁|不准)[^。；\n]{0,16}?(?:下列|以下)|(?:下列|以下)(?:行为|情形)之一的?[，]?[^。\n]{0,40}?(?:依法|责令|追究|处分|处罚|处以|罚款|予以)")]
    private static partial Regex ListedConductLead();

    [GeneratedRegex(@"行政机关|部门|审批机关|登记机关|起草单位|制定机关|执法人员|乡镇|街道|工作人员|公职人员|人民政府|本局|本机关|本委|直(?:各)?(?:部门|单位)")]
    private static partial Regex Administration();

    [GeneratedRegex(@"单位和个人|公民|法人|其他组织|企业|经营者|申请人|当事人|个人|群众|居民|村民|商户|从业人员")]
    private static partial Regex PublicSubject();
}
