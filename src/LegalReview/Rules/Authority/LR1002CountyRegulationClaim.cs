using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Authority;

/// <summary>
/// LR1002: only provincial governments and governments of 设区的市 and 自治州 make 地方政府规章; a county-level
/// government or any department below them must not publish its text by 政府令 or call it a 规章.
/// </summary>
[ReviewRule("LR1002", RuleCategory.Authority, FindingSeverity.Error, "县级以下机关以规章形式制发文件",
    Description = "地方政府规章只能由省、自治区、直辖市和设区的市、自治州的人民政府制定，并以政府令的形式公布。县级人民政府及其部门、乡镇人民政府无权制定规章，其制发的文件不得冠以“政府令”，也不得在正文中自称“本规章”。",
    Suggestion = "以行政规范性文件的形式制发：以通知印发，使用规范性文件文号，正文中称“本办法”“本规定”等，不使用“政府令”“本规章”的表述。",
    OffendingExample = "××县人民政府令第1号……本规章自2025年3月1日起施行。",
    CompliantExample = "××县人民政府关于印发《××县××管理办法》的通知（×政规〔2025〕1号）……本办法自2025年3月1日起施行。")]
[LegalBasis("《中华人民共和国立法法》第九十三条")]
[LegalBasis("《规章制定程序条例》第三十条")]
internal sealed partial class LR1002CountyRegulationClaim : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        var text = doc.NormalizedText;
        var countyIssuer = doc.Issuers.FirstOrDefault(i => IsCountyLevelOrBelow(TextNormalizer.Normalize(i)));

        for (var m = CountyDecree().Match(text); m.Success; m = m.NextMatch())
        {
            context.Report(doc.SpanAt(m.Index, m.Length), $"“{doc.Text.Substring(m.Index, m.Length)}”以政府令形式发布，而县级人民政府无权制定规章，不得以“令”的形式公布文件。");
        }

        if (countyIssuer is null)
        {
            return;
        }

        for (var m = RegulationClaim().Match(text); m.Success; m = m.NextMatch())
        {
            context.Report(doc.SpanAt(m.Index, m.Length), $"发文机关“{countyIssuer}”无权制定规章，文件却自称“{doc.Text.Substring(m.Index, m.Length)}”。");
        }
    }

    private static bool IsCountyLevelOrBelow(string issuer) =>
        CountyLevel().IsMatch(issuer) && !issuer.Contains("自治区人民政府", StringComparison.Ordinal);

    [GeneratedRegex(@"(?:县|旗|(?<!自治)区|乡|镇)(?:人民)?政府令(?:第[0-9一二三四五六七八九十百零〇]+号)?")]
    private static partial Regex CountyDecree();

    [GeneratedRegex(@"(?:县|旗|(?<!自治)区(?!域)|(?<!城)乡(?!村)|(?<!城)镇|街道)")]
    private static partial Regex CountyLevel();

    [GeneratedRegex(@"本规章|本政府规章")]
    private static partial Regex RegulationClaim();
}
