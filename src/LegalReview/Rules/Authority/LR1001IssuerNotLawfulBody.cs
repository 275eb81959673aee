using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Authority;

/// <summary>
/// LR1001: a 规范性文件 may be issued only by an administrative organ or an organisation authorised by law or
/// regulation; internal divisions, coordination and temporary bodies, companies and associations may not issue one,
/// alone or jointly.
/// </summary>
[ReviewRule("LR1001", RuleCategory.Authority, FindingSeverity.Error, "制定主体不适格",
    Description = "行政规范性文件应当由行政机关或者经法律、法规授权的具有管理公共事务职能的组织制定。不得以部门内设机构（科、股、处等）、议事协调机构（领导小组、联席会议等）、临时机构（指挥部、工作专班、工作组等）的名义制发，也不得与企业、行业协会、商会等非行政主体联合制发。",
    Suggestion = "改由具有制定权的行政机关（人民政府或其工作部门）制发；议事协调机构、内设机构的工作事项以其所属机关名义发文，企业、协会等不作为发文机关。",
    OffendingExample = "县城市管理局市容股关于规范户外广告设置的通知",
    CompliantExample = "县城市管理局关于规范户外广告设置的通知",
    ExamplePlacement = ExamplePlacement.Title)]
[LegalBasis("国办发〔2018〕37号", Verified = false)]
[LegalBasis("《党政机关公文处理工作条例》第十七条", Verified = false)]
[LegalBasis("《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第七十五条")]
internal sealed partial class LR1001IssuerNotLawfulBody : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        foreach (var issuer in doc.Issuers)
        {
            if (context.Options.KnownIssuers.Contains(issuer, StringComparer.Ordinal))
            {
                continue;
            }

            var reason = Classify(TextNormalizer.Normalize(issuer));
            if (reason is null)
            {
                continue;
            }

            var at = Locate(doc, issuer);
            if (at is { } span)
            {
                context.Report(span, $"发文机关“{issuer}”是{reason}，不具有制定行政规范性文件的主体资格。");
            }
        }
    }

    private static string? Classify(string issuer)
    {
        if (Coordination().Match(issuer) is { Success: true } c)
        {
            return $"议事协调机构或临时机构（{c.Value}）";
        }

        if (NonAdministrative().Match(issuer) is { Success: true } n)
        {
            return $"非行政主体（{n.Value}）";
        }

        if (InternalDivision().IsMatch(issuer))
        {
            return "行政机关的内设机构";
        }

        return null;
    }

    // The issuer is looked for in the header, title and 落款; the first place it is written is where a lawyer marks it.
    private static SourceSpan? Locate(NormativeDocument doc, string issuer)
    {
        var i = doc.Text.IndexOf(issuer, StringComparison.Ordinal);
        if (i < 0)
        {
            i = doc.NormalizedText.IndexOf(TextNormalizer.Normalize(issuer), StringComparison.Ordinal);
        }

        return i < 0 ? null : doc.SpanAt(i, issuer.Length);
    }

    [GeneratedRegex(@"领导小组|工作小组|协调小组|指挥部|工作专班|专班|联席会议|工作组|推进组|筹备组|攻坚组|临时|安全生产委员会|食品安全委员会|爱国卫生运动委员会|安委会|食安委|爱卫会|安委办|食安办")]
    private static partial Regex Coordination();

    [GeneratedRegex(@"(?:股份)?有限(?:责任)?公司|集团|公司$|行业协会|协会$|商会$|学会$|村民委员会|居民委员会|村委会|居委会|合作社$")]
    private static partial Regex NonAdministrative();

    // A 科/股/处 named after its parent organ is an internal division. 办事处 (街道) is a lawful 派出机关, and a
    // 办公室 is left alone: a government's 办公室 may issue, and a department's is a matter for the lawyer.
    [GeneratedRegex(@"(?:局|委员会|厅|政府)\p{IsCJKUnifiedIdeographs}{1,12}?(?:科|股|(?<!办事)处|科室)$")]
    private static partial Regex InternalDivision();
}
