using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Authority;

/// <summary>
/// LR1004 (territorial part): a county-level issuer may regulate only its own county, a township only its township.
/// A county or district document that binds "全市/全省", or a township document that binds "全县", exceeds the
/// issuer's competence. Subject-matter competence needs an issuer→duties map and is not checked here.
/// </summary>
[ReviewRule("LR1004", RuleCategory.Authority, FindingSeverity.Warning, "超越制定机关的地域管辖范围",
    Description = "行政规范性文件只能在制定机关的法定职权和管辖区域内作出规定。县（区）级机关的文件规定“全市范围内”“本省行政区域内”适用或设定义务，乡镇人民政府、街道办事处的文件规定“全县范围内”适用或设定义务的，超越了制定机关的地域管辖范围。",
    Suggestion = "将适用范围限定在制定机关的行政区域内（如“本县行政区域内”）；需要在更大范围内适用的，报请有权的上级机关制定。",
    OffendingExample = "晋江县交通运输局关于规范网络预约出租汽车经营的办法\n第一条 本办法适用于全市范围内的网络预约出租汽车经营活动。",
    CompliantExample = "晋江县交通运输局关于规范网络预约出租汽车经营的办法\n第一条 本办法适用于本县行政区域内的网络预约出租汽车经营活动。",
    ExamplePlacement = ExamplePlacement.Document)]
[LegalBasis("国办发〔2018〕115号", Verified = false)]
[LegalBasis("《中华人民共和国各级人民代表大会常务委员会监督法》第三十九条")]
[LegalBasis("《中华人民共和国立法法》第一百零七条（适用于法律、法规、规章，参照）", Verified = false)]
internal sealed partial class LR1004TerritoryBeyondIssuer : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var issuers = context.Document.Issuers.Select(TextNormalizer.Normalize).ToArray();
        if (issuers.Length == 0)
        {
            return;
        }

        Regex? claim = null;
        string? level = null;
        if (issuers.All(i => Township().IsMatch(i)))
        {
            (claim, level) = (CountyWideClaim(), "乡镇（街道）");
        }
        else if (issuers.All(i => County().IsMatch(i)))
        {
            (claim, level) = (CityWideClaim(), "县（区）级");
        }

        if (claim is null)
        {
            return;
        }

        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = claim.Match(text); m.Success; m = m.NextMatch())
        {
            if (Ranking().IsMatch(clauses.Sentence(m.Index, m.Length)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            context.Report(provision, m, $"本文件由{level}机关“{string.Join("、", context.Document.Issuers)}”制发，“{quote}”却将其效力及于制定机关管辖区域以外，超越了地域管辖范围。");
        }
    }

    [GeneratedRegex(@"(?:乡|镇)(?:人民)?政府$|街道办事处$|街道办$")]
    private static partial Regex Township();

    // 城区、市区、辖区、景区、片区 and 区域 are not county-level districts.
    [GeneratedRegex(@"县|旗|(?<![城市辖景片园社自治])区(?!域)")]
    private static partial Regex County();

    [GeneratedRegex(@"适用于(?:全|本)(?:市|省)|(?:全|本)(?:市|省)(?:范围内|行政区域内|境内)[^，。；\n]{0,20}?(?:应当|必须|须|不得|均应|适用)")]
    private static partial Regex CityWideClaim();

    [GeneratedRegex(@"适用于(?:全|本)(?:县|区)|(?:全|本)(?:县|区)(?:范围内|行政区域内|境内)[^，。；\n]{0,20}?(?:应当|必须|须|不得|均应|适用)")]
    private static partial Regex CountyWideClaim();

    // "在全市范围内率先完成" ranks the county's work; it does not extend the document's reach.
    [GeneratedRegex(@"率先|前列|排名|第一|位居|走在")]
    private static partial Regex Ranking();
}
