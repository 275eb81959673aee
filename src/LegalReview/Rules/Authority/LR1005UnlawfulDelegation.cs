using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Authority;

/// <summary>
/// LR1005: a normative document may not authorise anyone to exercise administrative power, may not entrust coercive
/// measures at all, and may not entrust penalties, permits or inspections to companies, associations, village
/// committees or other bodies outside the administration.
/// </summary>
[ReviewRule("LR1005", RuleCategory.Power, FindingSeverity.Error, "违法授权或委托行使行政权力",
    Description = "行政处罚、行政许可的授权只能由法律、法规作出，规范性文件无权授权。行政机关可以依照法律、法规、规章的规定委托其他行政机关实施行政许可，委托符合条件的管理公共事务的事业组织实施行政处罚，但不得委托企业、行业协会、村（居）民委员会等组织实施行政处罚、行政许可或执法检查；行政强制措施权不得委托。",
    Suggestion = "删除授权或委托条款，由法定的行政机关实施；确需委托的，应有法律、法规、规章依据，受托主体须为符合法定条件的行政机关或事业组织，并以委托书明确权限、期限和责任，行政强制措施一律不得委托。",
    OffendingExample = "委托县物流行业协会负责货运车辆通行证的审批。",
    CompliantExample = "县交通运输局负责货运车辆通行证的审批，县物流行业协会协助做好政策宣传。")]
[LegalBasis("《中华人民共和国行政处罚法》第十九条")]
[LegalBasis("《中华人民共和国行政处罚法》第二十条")]
[LegalBasis("《中华人民共和国行政许可法》第二十三条")]
[LegalBasis("《中华人民共和国行政许可法》第二十四条")]
[LegalBasis("《中华人民共和国行政强制法》第十七条")]
internal sealed partial class LR1005UnlawfulDelegation : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Delegation().Match(text); m.Success; m = m.NextMatch())
        {
            var how = m.Groups["how"].Value;
            var who = m.Groups["who"].Value;
            var power = m.Groups["power"].Value;
            // "法律、法规授权的组织", "受委托的组织" and "不得委托" describe or limit delegation made elsewhere.
            if (who.StartsWith('的') || LawfulSource().IsMatch(clauses.SegmentBefore(m.Index))
                || (m.Index > 0 && text[m.Index - 1] == '受'))
            {
                continue;
            }

            // Third-party technical inspection services are lawful; only enforcement by them is not.
            if (power is "监督检查" or "行政检查" && ThirdPartyService().IsMatch(who))
            {
                continue;
            }

            string message;
            if (Coercive().IsMatch(power))
            {
                message = $"“{Quote(provision, m)}”将{power}交由{who}实施。行政强制措施权不得委托，只能由法律、法规规定的行政机关实施。";
            }
            else if (how == "授权")
            {
                message = $"“{Quote(provision, m)}”授权{who}行使{power}权。授权行使行政权力只能由法律、法规作出，规范性文件无权授权。";
            }
            else if (NonPublic().IsMatch(who))
            {
                message = $"“{Quote(provision, m)}”将{power}交由{who}实施。企业、社会组织、村（居）民委员会等不是可以接受委托的行政机关或管理公共事务的事业组织。";
            }
            else if (Permit().IsMatch(power) && how == "委托")
            {
                message = $"“{Quote(provision, m)}”委托{who}实施{power}。行政许可只能依照法律、法规、规章委托其他行政机关实施，请核实受托方是否为行政机关以及委托依据。";
            }
            else
            {
                continue;
            }

            context.ReportCreated(provision, m, message, null);
        }
    }

    private static string Quote(Provision provision, Match m) => provision.Text.Substring(m.Index, m.Length);

    // The delegate is kept short and free of sentence punctuation so the power word belongs to the same clause.
    [GeneratedRegex(@"(?<how>委托|授权)(?<who>[^，。；：、\n]{1,20}?(?:协会|商会|学会|公司|集团|企业|委员会|村委会|居委会|中心|站|所|队|局|机构|组织|单位|合作社|物业|第三方|政府|办公室|部门))(?:负责|统一|具体|代为|依法)?(?:实施|开展|行使|进行|负责|承担|办理|作出)?[^，。；\n]{0,12}?(?<power>行政处罚|处罚|罚款|行政许可|许可|审批|核准|执法检查|行政检查|监督检查|执法|查封|扣押|冻结|强制措施|行政强制|强制拆除)|由(?<who>[^，。；：、\n]{2,20}?(?:协会|商会|学会|公司|企业|村民委员会|居民委员会|村委会|居委会|村（居）委会|物业服务企业|物业|合作社|中介机构|第三方机构|第三方|社会组织))(?:负责|统一|具体|代为)?(?:实施|开展|行使|进行|负责|承担|办理|作出)[^，。；\n]{0,8}?(?<power>行政处罚|处罚|罚款|行政许可|审批|核准|执法检查|行政检查|监督检查|查封|扣押|强制拆除)(?<how>)")]
    private static partial Regex Delegation();

    [GeneratedRegex(@"法律|法规|规章|依法")]
    private static partial Regex LawfulSource();

    [GeneratedRegex(@"第三方|中介|技术服务|专业机构|检测机构")]
    private static partial Regex ThirdPartyService();

    [GeneratedRegex(@"查封|扣押|冻结|强制")]
    private static partial Regex Coercive();

    [GeneratedRegex(@"许可|审批|核准")]
    private static partial Regex Permit();

    [GeneratedRegex(@"协会|商会|学会|公司|企业|村民委员会|居民委员会|村委会|居委会|村（居）委会|物业|合作社|中介|第三方|社会组织|个人")]
    private static partial Regex NonPublic();
}
