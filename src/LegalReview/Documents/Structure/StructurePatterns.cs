using System.Text.RegularExpressions;

namespace LegalReview.Documents.Structure;

/// <summary>The patterns the structure recogniser matches against normalised paragraph text.</summary>
internal static partial class StructurePatterns
{
    public const string CnNum = "[一二三四五六七八九十百千万零〇两]+";

    [GeneratedRegex(@"^第(?<n>[一二三四五六七八九十百零〇0-9]+)章(?:\s*(?<t>\S.{0,40}))?$")]
    public static partial Regex Chapter();

    [GeneratedRegex(@"^第(?<n>[一二三四五六七八九十百零〇0-9]+)节(?:\s*(?<t>\S.{0,40}))?$")]
    public static partial Regex Section();

    // "第五条规定的…" at the start of a paragraph is a reference, not an article heading.
    [GeneratedRegex(@"^第(?<n>[一二三四五六七八九十百千万零〇两0-9]+)条(?:(?<sep>[\s\t]+)(?<t>.*)|(?<t>[^规所中的之款项第、，。\s].*)|(?<t>))$")]
    public static partial Regex Article();

    [GeneratedRegex(@"^（(?<n>[一二三四五六七八九十]+)）[、，．.]?\s*(?<t>.*)$")]
    public static partial Regex ChineseParen();

    /// <summary>An item numbered with a single enclosed character: ㈠ … ㈩ (a 项, like "（一）").</summary>
    [GeneratedRegex(@"^(?<c>[\u3220-\u3229])[、，．.]?\s*(?<t>.*)$")]
    public static partial Regex EnclosedChinese();

    /// <summary>A sub-item numbered with a single enclosed character: ⑴ … ⒇ or ① … ⑳ (a 目, like "（1）").</summary>
    [GeneratedRegex(@"^(?<c>[\u2474-\u2487\u2460-\u2473])[、，．.]?\s*(?<t>.*)$")]
    public static partial Regex EnclosedDigit();

    [GeneratedRegex(@"^(?<n>[0-9]{1,3})(?<p>[.、])(?![0-9])\s*(?<t>.*)$")]
    public static partial Regex ArabicDot();

    [GeneratedRegex(@"^（(?<n>[0-9]{1,3})）[、.]?\s*(?<t>.*)$")]
    public static partial Regex ArabicParen();

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})、\s*(?<t>.*)$")]
    public static partial Regex ChineseComma();

    [GeneratedRegex(@"^附件\s*[：]\s*(?<rest>.*)$")]
    public static partial Regex AttachmentNote();

    [GeneratedRegex(@"^附件\s*(?<n>[0-9]{0,2})\s*[.：]?\s*$")]
    public static partial Regex AttachmentMarker();

    [GeneratedRegex(@"^(?<n>[0-9]{1,2})[.．、]\s*(?<t>.+)$")]
    public static partial Regex AttachmentListEntry();

    [GeneratedRegex(@"(?:人民政府|政府|办公室|办公厅|局|委员会|委|厅|处|股|科|中心|院|联合会|协会|商会|公司|集团|指挥部|领导小组|小组|专班|管委会|管理委员会|街道办事处|办事处|所|站|队|部)$")]
    public static partial Regex IssuerSuffix();

    [GeneratedRegex(@"^（?此件|^（联系人|^（信息公开|^（主动公开|^（依申请公开|^（不予公开|^（本文有删减）$|^（有删减）$|^（略）$")]
    public static partial Regex ClosingRemark();

    /// <summary>A repost's remark that the text was shortened ("（本文有删减）").</summary>
    [GeneratedRegex(@"删减|^（略）$")]
    public static partial Regex ExcerptRemark();

    [GeneratedRegex(@"关于(?:印发|转发|公布|发布|颁布|修订印发)(?<names>《[^《》]+》(?:[、和及与]《[^《》]+》)*)的通知")]
    public static partial Regex WrapperTitle();

    [GeneratedRegex(@"《(?<name>[^《》]+)》")]
    public static partial Regex BookTitle();

    [GeneratedRegex(@"《(?<name>[^《》\n]{2,60})》(?:（[^（）\n]{1,30}）)?(?<art>第(?<an>[一二三四五六七八九十百千万零〇0-9]+)条)?")]
    public static partial Regex Citation();

    // "自2019年3月1日起施行", and the start of a range: "自2019年3月1日起至2024年2月29日止施行", "执行期限为2019年1月1日至2023年12月31日".
    [GeneratedRegex(@"自(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)起(?:施行|执行|实施|生效)|自(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)起至(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日止(?:施行|执行|实施|有效)|(?:执行|实施|施行|有效)期(?:限)?为(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?:起)?至(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日(?:止)?")]
    public static partial Regex EffectiveFixed();

    [GeneratedRegex(@"自(?:印发|发布|公布|下发|签发|公开发布)之日起(?<n>[0-9]{1,3}|[一二三四五六七八九十百]{1,4})日后(?:施行|执行|实施|生效)")]
    public static partial Regex EffectiveDaysAfter();

    [GeneratedRegex(@"自(?:印发|发布|公布|下发|签发|公开发布)之日起(?:施行|执行|实施|生效)")]
    public static partial Regex EffectiveOnIssue();

    [GeneratedRegex(@"有效期(?:为|是)?(?:至|到|截至)(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?:止)?|(?:施行|执行|实施)[，,]?至(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)止|自(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日起至(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)止(?:施行|执行|实施|有效)|(?:执行|实施|施行|有效)期(?:限)?为(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日(?:起)?至(?<d>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)")]
    public static partial Regex ValidityUntil();

    [GeneratedRegex(@"有效期(?:为|是)?(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})年")]
    public static partial Regex ValidityYears();

    [GeneratedRegex(@"《[^《》]+》[^。；\n]{0,60}?同时(?:废止|停止执行|失效)")]
    public static partial Regex Repeal();
}
