using System.Text.RegularExpressions;

namespace LegalReview.Analysis;

/// <summary>Reads a <see cref="DocumentProfile"/> from the <see cref="ProfileInputs"/> of a document.</summary>
internal static partial class DocumentProfileReader
{
    /// <summary>Reads the profile.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The profile.</returns>
    public static DocumentProfile Read(ProfileInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var issuers = inputs.Issuers.Where(i => i.Length > 0).ToArray();
        var title = inputs.Title.Length > 0 ? inputs.Title : HeadTitle(inputs.Head);
        if (issuers.Length == 0 && TitleIssuer().Match(title) is { Success: true } t)
        {
            issuers = [t.Groups["issuer"].Value];
        }

        var first = issuers.Length > 0 ? issuers[0] : string.Empty;
        var level = CentralCode().IsMatch(inputs.AgencyCode) ? IssuerLevel.Central : LevelOf(first);
        var (scope, reason, kindWord) = Decree().IsMatch(inputs.Head) ? (ReviewScope.OutOfScope, "以令的形式公布的行政法规或者规章", "令") : ScopeOf(title);
        return new DocumentProfile
        {
            IssuerLevel = level,
            IsGovernment = Government().IsMatch(first) || (first.Length == 0 && CentralCode().IsMatch(inputs.AgencyCode)),
            IsJoint = issuers.Length > 1,
            Issuers = issuers,
            KindWord = kindWord,
            Scope = scope,
            ScopeReason = reason,
            Completeness = Excerpt().IsMatch(title) || Excerpt().IsMatch(inputs.Head) ? TextCompleteness.Excerpt
                : IsAttachmentMissing(inputs.Text) ? TextCompleteness.AttachmentMissing
                : TextCompleteness.Full,
            HasRepostMetadata = CountMatches(RepostField(), inputs.Head) >= 2,
            HalfWidthPunctuation = CountMatches(HalfWidth(), inputs.RawText),
        };
    }

    /// <summary>The level of one issuer's name.</summary>
    /// <param name="issuer">The issuer's name.</param>
    /// <returns>Its level.</returns>
    public static IssuerLevel LevelOf(string issuer)
    {
        if (issuer.Length == 0)
        {
            return IssuerLevel.Unknown;
        }

        if (Central().IsMatch(issuer))
        {
            return IssuerLevel.Central;
        }

        if (Township().IsMatch(issuer))
        {
            return IssuerLevel.Township;
        }

        if (County().IsMatch(issuer))
        {
            return IssuerLevel.County;
        }

        if (Province().IsMatch(issuer))
        {
            return IssuerLevel.Province;
        }

        if (City().IsMatch(issuer))
        {
            return IssuerLevel.City;
        }

        return Ministry().IsMatch(issuer) ? IssuerLevel.Ministry : IssuerLevel.Unknown;
    }

    // Where the reader found no title (a title broken over two lines, a web page's metadata block above it): the
    // first lines up to the 文号 or the recipients, when they read as a title ("……关于……").
    private static string HeadTitle(string head)
    {
        var lines = head.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var title = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (RepostField().IsMatch(line))
            {
                continue;
            }

            if (line.Contains('〔') || line.EndsWith('：') || title.Length > 80)
            {
                break;
            }

            title.Append(line);
            if (KindWord().IsMatch(line) || OutOfScopeKind().IsMatch(line))
            {
                break;
            }
        }

        var text = title.ToString();
        return TitleIssuer().IsMatch(text) ? text : string.Empty;
    }

    // The kind of the document itself, or, for a notice that issues another text ("关于印发《X工作规则》的通知"), of
    // that text.
    private static (ReviewScope Scope, string Reason, string KindWord) ScopeOf(string title)
    {
        var inner = Issues().Match(title) is { Success: true } m ? m.Groups["inner"].Value : title;
        foreach (var candidate in new[] { inner, title })
        {
            var o = OutOfScopeKind().Match(candidate.TrimEnd('。', ' ', '）', ')'));
            if (o.Success)
            {
                return (ReviewScope.OutOfScope, o.Value, o.Value);
            }
        }

        var k = KindWord().Match(inner.TrimEnd('。', ' '));
        return (ReviewScope.Normative, string.Empty, k.Success ? k.Value : string.Empty);
    }

    // "附件：X" (or "附件1．X") names an attachment the text never gives: its name appears only once.
    private static bool IsAttachmentMissing(string text)
    {
        for (var m = AttachmentLine().Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"].Value.Trim('《', '》', ' ');
            if (name.Length >= 4 && text.IndexOf(name, m.Index + m.Length, StringComparison.Ordinal) < 0
                && text.LastIndexOf(name, Math.Max(0, m.Index - 1), StringComparison.Ordinal) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int CountMatches(Regex regex, string text)
    {
        var n = 0;
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            n++;
        }

        return n;
    }

    // "中华人民共和国国务院令 第706号", "中华人民共和国交通运输部令 2019年第1号": a regulation or rule, not a normative document.
    [GeneratedRegex(@"(?m)^\s*(?:中华人民共和国)?[^\n，。]{0,20}令\s*\n?\s*(?:[0-9]{4}年)?第[0-9一二三四五六七八九十百零〇]+号")]
    private static partial Regex Decree();

    [GeneratedRegex(@"^(?:国发|国办发|国函|国办函|中发|中办发|国令)$")]
    private static partial Regex CentralCode();

    [GeneratedRegex(@"^(?<issuer>[^关对]{2,30}?)(?:关于|对)")]
    private static partial Regex TitleIssuer();

    [GeneratedRegex(@"^(?:中华人民共和国)?(?:中共中央|中央|国务院)")]
    private static partial Regex Central();

    [GeneratedRegex(@"(?:乡|镇|街道办事处|街道)(?:人民政府|党委|办公室)?$|(?:乡|镇)人民政府")]
    private static partial Regex Township();

    [GeneratedRegex(@"县|旗|(?<!自治)区")]
    private static partial Regex County();

    [GeneratedRegex(@"^(?:[^市县区]{1,8}省|[^市县区]{2,10}自治区|北京市|天津市|上海市|重庆市)")]
    private static partial Regex Province();

    [GeneratedRegex(@"^[^省县区]{1,8}(?:市|自治州|州|盟)")]
    private static partial Regex City();

    [GeneratedRegex(@"^(?:国家|中国|海关总署|[^省市县区乡镇]{2,12}(?:部|委员会|总局|署|局|银行|办公室))")]
    private static partial Regex Ministry();

    [GeneratedRegex(@"人民政府|国务院|办公厅|中共中央|行政公署")]
    private static partial Regex Government();

    [GeneratedRegex(@"关于印发《?(?<inner>[^《》]{2,80}?)》?(?:的|等[^的]{0,10}的)通知")]
    private static partial Regex Issues();

    [GeneratedRegex(@"(?:工作规则|议事规则|工作制度|会议纪要|纪要|工作方案|工作要点|工作计划|批复|复函|答复|(?<=的)函|请示|报告|表彰[^。]{0,10}的决定|任免[^。]{0,10}的通知)$")]
    private static partial Regex OutOfScopeKind();

    [GeneratedRegex(@"(?:实施细则|实施办法|实施意见|指导意见|实施方案|细则|办法|规定|规则|意见|通知|通告|公告|决定|方案)$")]
    private static partial Regex KindWord();

    [GeneratedRegex(@"（(?:节选|摘要|摘编|节录|摘录)）|\[(?:节选|摘要)\]")]
    private static partial Regex Excerpt();

    [GeneratedRegex(@"(?m)^附件[0-9一二三四五六七八九十]*[：．.、 ]\s*(?<name>[^\n]{4,60})$")]
    private static partial Regex AttachmentLine();

    [GeneratedRegex(@"(?m)^\s*(?:索引号|发布机构|主题分类|成文日期|发文字号|发布日期|主题词|发文机关)\s*[：:]")]
    private static partial Regex RepostField();

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[,;:?!]|[,;:?!](?=[\u4E00-\u9FFF])")]
    private static partial Regex HalfWidth();
}
