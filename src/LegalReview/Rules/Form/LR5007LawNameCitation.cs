using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Knowledge;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>
/// LR5007: a law is cited by its exact official title in 书名号; a national law whose title begins with
/// "中华人民共和国" is cited in full the first time; a title that looks like a national law but is not in the law
/// index is reported for checking.
/// </summary>
[ReviewRule("LR5007", RuleCategory.Form, FindingSeverity.Warning, "法律名称引用不规范",
    Description = "引用法律、法规应当使用书名号和规范名称；国家法律首次引用时应当使用含“中华人民共和国”的全称，此后可以使用简称。文中引用的以“法”结尾的名称（地方文件名称除外）未能在法律索引（据2025年4月的法律数据库快照整理）中找到的，提示核对名称是否准确；较新的法律可能尚未收录，由审查人员判断。已废止法律的引用由LR6001核查。",
    Suggestion = "加书名号并使用规范全称，例如“《中华人民共和国行政许可法》”。",
    OffendingExample = "根据行政许可法第十七条的规定……",
    CompliantExample = "根据《中华人民共和国行政许可法》第十七条的规定……")]
[LegalBasis("《党政机关公文处理工作条例》第十九条", Verified = false)]
[LegalBasis("《党政机关公文处理工作条例》第二十条", Verified = false)]
internal sealed partial class LR5007LawNameCitation : DocumentRule
{
    private const string Prc = "中华人民共和国";

    // The constitution is kept outside the law index's source collection; it is a law title all the same.
    private static readonly HashSet<string> KnownOutsideIndex = new(StringComparer.Ordinal) { "宪法", "中华人民共和国宪法" };

    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        var knowledge = context.Knowledge;
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citation in doc.Citations)
        {
            var name = citation.Name.Trim();
            var nameSpan = doc.SpanAt(citation.Span.Offset + 1, name.Length);
            var versions = knowledge.FindLaw(name);
            if (versions.Count > 0)
            {
                if (versions[0].Repealed || knowledge.TryGetRepealed(name, out _))
                {
                    continue;
                }

                var law = versions[0];
                var isNew = cited.Add(law.Title);
                if (isNew && law.Level == "法律" && law.Title.StartsWith(Prc, StringComparison.Ordinal) && !name.StartsWith(Prc, StringComparison.Ordinal))
                {
                    context.Report(nameSpan, $"首次引用国家法律“{name}”时应当使用全称“{law.Title}”。", $"改为“《{law.Title}》”，此后再引用时可以使用简称。");
                }

                continue;
            }

            if (LooksLikeNationalLaw(name) && !KnownOutsideIndex.Contains(name) && !knowledge.TryGetRepealed(name, out _))
            {
                context.Report(nameSpan, $"引用的“{name}”未在法律索引中找到，可能不是法律的规范名称。", "核对法律的规范名称（以全国人大常委会公布的文本为准）。");
            }
        }

        // A short name the document defines ("（以下简称个人所得税法）") is then written without 书名号.
        var defined = new HashSet<string>(StringComparer.Ordinal);
        for (var d = DefinedShortName().Match(doc.NormalizedText); d.Success; d = d.NextMatch())
        {
            defined.Add(d.Groups["name"].Value);
        }

        foreach (var provision in doc.AllProvisions.Where(p => p.Text.Length > 0 && p.Kind is not (ProvisionKind.Article or ProvisionKind.Chapter or ProvisionKind.Section)))
        {
            var text = context.Normalized(provision);
            for (var m = BareCitation().Match(text); m.Success; m = m.NextMatch())
            {
                var name = LongestKnownLaw(knowledge, m.Groups["name"].Value);
                var after = m.Groups["name"].Index + (name?.Length ?? 0);
                if (name is null || defined.Contains(name) || (after < text.Length && WordGoesOn().IsMatch(text[after].ToString())))
                {
                    continue;
                }

                var start = m.Groups["name"].Index;
                var title = knowledge.FindLaw(name)[0].Title;
                var fix = cited.Add(title) && title.StartsWith(Prc, StringComparison.Ordinal) ? title : name;
                context.Report(provision, start, name.Length, $"引用法律“{name}”未加书名号。", $"改为“《{fix}》”。");
            }
        }
    }

    private static string? LongestKnownLaw(KnowledgeBase knowledge, string candidate)
    {
        for (var length = candidate.Length; length >= 3; length--)
        {
            var prefix = candidate[..length];
            if ((prefix.EndsWith('法') || prefix.EndsWith("条例", StringComparison.Ordinal)) && knowledge.FindLaw(prefix).Count > 0)
            {
                return prefix;
            }
        }

        return null;
    }

    private static bool LooksLikeNationalLaw(string name) =>
        name.EndsWith('法') && !NotALawName().IsMatch(name) && !LocalName().IsMatch(KnowledgeBase.StripPrc(name));

    // A law named after the words that introduce a basis (根据行政许可法) or after a cited title (《…》和优化营商环境条例).
    [GeneratedRegex(@"(?:根据|依据|依照|按照|遵照|违反|参照|适用|贯彻|实施|》和|》及|》以及|》、)(?<name>(?:中华人民共和国)?[\p{IsCJKUnifiedIdeographs}]{2,30})")]
    private static partial Regex BareCitation();

    [GeneratedRegex(@"以下简称“?(?<name>[^”）]{2,30})”?）")]
    private static partial Regex DefinedShortName();

    // "公司法人", "税法律" …: the law's name is only the start of a longer word.
    [GeneratedRegex(@"^[人律院庭官学]")]
    private static partial Regex WordGoesOn();

    [GeneratedRegex(@"(?:办法|方法|做法|算法|说法|手法|疗法|写法|用法|书法)$")]
    private static partial Regex NotALawName();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,8}?(?:省|自治区|市|县|区|州|盟|旗)")]
    private static partial Regex LocalName();
}
