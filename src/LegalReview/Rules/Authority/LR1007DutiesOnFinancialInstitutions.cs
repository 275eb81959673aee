using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Authority;

/// <summary>
/// LR1007: a local organ may not direct bodies outside its chain of command. The branches of the People's Bank and of
/// the financial regulator are led by their head office, and commercial banks run their business free of
/// interference; a local document that tells them what they "应当" approve, lend or provide imposes duties it has no
/// power to impose. Joint documents with those bodies, and wording that coordinates or encourages, are left alone.
/// </summary>
[ReviewRule("LR1007", RuleCategory.Authority, FindingSeverity.Warning, "向管理体制以外的金融机构设定职责",
    Description = "中国人民银行分支机构是中国人民银行的派出机构，由中国人民银行统一领导和管理，依法独立履行职责，不受地方政府、各级政府部门的干涉；商业银行依法开展业务，不受任何单位和个人的干涉。地方行政规范性文件以“应当”“必须”“负责”等方式要求人民银行分支机构、金融监管派出机构或者银行分支机构审批、放贷、提供服务，超出了制定机关的领导和管理范围。",
    Suggestion = "删除对金融机构的强制性要求，改为“协调”“鼓励”“支持”“争取”等表述；确需其承担工作的，与其联合发文或者取得其书面同意（会签），并按其上级机关的规定办理。",
    OffendingExample = "人民银行县支行应当对辖区小微企业贷款实行优先审批。",
    CompliantExample = "鼓励辖区银行业金融机构加大对小微企业的信贷支持。")]
[LegalBasis("《中华人民共和国中国人民银行法》第七条")]
[LegalBasis("《中华人民共和国中国人民银行法》第十三条")]
[LegalBasis("《中华人民共和国商业银行法》第四条")]
internal sealed partial class LR1007DutiesOnFinancialInstitutions : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var doc = context.Document;
        if (CentralIssuer.Issued(doc) || doc.Issuers.Any(i => Financial().IsMatch(i)) || context.Clauses(provision).UnderProhibitingLeadIn)
        {
            return;
        }

        var text = context.Normalized(provision);
        var clauses = context.Clauses(provision);
        for (var m = Directed().Match(text); m.Success; m = m.NextMatch())
        {
            var segment = clauses.Segment(m.Index, m.Length);
            if (clauses.StanceOf(m) is MeasureStance.Prohibited or MeasureStance.Mentioned or MeasureStance.Restated || Softened().IsMatch(segment))
            {
                continue;
            }

            var body = m.Groups["body"].Value;
            var quote = provision.Text.Substring(m.Index, m.Length);
            context.Report(provision, m, $"“{quote}”要求“{body}”承担职责，而该机构不属于制定机关的领导和管理范围，地方文件无权对其设定义务。");
        }
    }

    // A branch of the People's Bank or of the financial regulator, or a bank's branch, as the subject of a duty.
    [GeneratedRegex(@"(?<body>(?:中国)?人民银行[^，。；：、\n]{0,10}?(?:分行|中心支行|支行|营业管理部)|(?:银保监|金融监管|国家金融监督管理总局)[^，。；：、\n]{0,8}?(?:分局|监管局|监管分局|监管支局)|[^，。；：、\n]{1,8}?银行[^，。；：、\n]{0,8}?(?:分行|支行))(?:[^，。；：\n]{0,4}?)(?:应当|必须|须|(?<![重主需只])要|一律|负责)(?:[^，。；：\n]{0,20})")]
    private static partial Regex Directed();

    [GeneratedRegex(@"鼓励|支持|引导|协调|争取|推动|配合|会同|商请|自愿|按照[^，。；\n]{0,20}?规定|依法")]
    private static partial Regex Softened();

    [GeneratedRegex(@"银行|银保监|金融监管")]
    private static partial Regex Financial();
}
