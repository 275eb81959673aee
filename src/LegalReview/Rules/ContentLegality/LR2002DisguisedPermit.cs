using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2002: 备案、登记、注册、目录、名录、年检、认定、认证、审定 and similar forms may not be made a precondition of an
/// activity; used so they are a permit in disguise. Informational filings are lawful and only prompt a reminder.
/// </summary>
[ReviewRule("LR2002", RuleCategory.License, FindingSeverity.Error, "以备案、登记、年检、认定等形式变相设定行政许可",
    Description = "没有法律、法规依据，不得以备案、登记、注册、目录、规划、年检、年报、监制、认定、认证、审定以及其他任何形式变相设定或者实施行政许可。文件规定“未备案的不得”“经认定后方可”“纳入名录管理”“每年年检”等，使该程序成为从事活动的前提的，属于变相许可；仅为掌握信息、不影响活动开展的告知性备案不属于许可，但应写明其性质。",
    Suggestion = "删除以备案、登记、认定、年检等作为从事活动前提的规定；确需掌握信息的，改为告知性备案，并明确“备案不作为开展经营活动的前置条件”。",
    OffendingExample = "实行备案管理，未经备案的培训机构不得开展招生活动。",
    CompliantExample = "培训机构应当在开展招生活动后15日内将招生简章报县教育局备案，备案不作为开展招生活动的前置条件。")]
[LegalBasis("《优化营商环境条例》第三十九条")]
[LegalBasis("《优化营商环境条例》第四十条")]
[LegalBasis("《中华人民共和国行政许可法》第十七条")]
internal sealed partial class LR2002DisguisedPermit : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Precondition().Match(text); m.Success; m = m.NextMatch())
        {
            if (Excluded(clauses, m))
            {
                continue;
            }

            var form = m.Groups["form"].Value;
            var quote = provision.Text.Substring(m.Index, m.Length);
            context.ReportCreated(provision, m, $"“{quote}”将{form}作为从事活动的前提条件，属于以{form}形式变相设定行政许可。", null);
        }

        for (var m = AnnualInspection().Match(text); m.Success; m = m.NextMatch())
        {
            if (Excluded(clauses, m))
            {
                continue;
            }

            context.ReportCreated(provision, m, $"“{provision.Text.Substring(m.Index, m.Length)}”设定了年检（年审）。没有法律、法规依据的年检属于变相许可。", null);
        }

        for (var m = ListManagement().Match(text); m.Success; m = m.NextMatch())
        {
            if (Excluded(clauses, m) || Precondition().IsMatch(clauses.Sentence(m.Index, m.Length)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            context.Report(
                provision,
                m,
                $"“{quote}”对市场主体实行{m.Groups["form"].Value}管理，但未写明是否以此作为从事活动的前提。若未列入即不得经营或不得享受同等待遇，即属变相许可；若仅为掌握信息，应写明“不作为前置条件”。",
                "写明该管理措施的性质；仅为掌握信息的，明确“不作为从事经营活动的前置条件”，否则删除。",
                FindingSeverity.Warning);
        }
    }

    // Recognition as a condition of the document's own subsidy or award is a benefit rule, not a permit.
    private static bool Excluded(ProvisionClauses clauses, Match m) =>
        clauses.StanceOf(m) != MeasureStance.Created
        || Benefit().IsMatch(clauses.SentenceAfter(m.Index, m.Length))
        || StatutoryRegistration().IsMatch(clauses.Sentence(m.Index, m.Length))
        || NotAPrecondition().IsMatch(clauses.Sentence(m.Index, m.Length));

    [GeneratedRegex(@"未(?:经|办理|进行|取得|通过|完成)?[^，。；\n]{0,15}?(?<form>备案|登记|注册|年检|年审|认定|认证|审定|入库|入围|评审|核验|名录|目录)(?:手续|程序)?的?[，]?[^，。；\n]{0,10}?(?:一律)?(?:不得|不准|禁止|严禁|不予)|(?<![已曾])(?:经|办理|完成|通过|取得|进行)[^，。；\n]{0,15}?(?<form>备案|登记|注册|年检|年审|认定|认证|审定|入库|入围|核验)(?:手续|程序)?(?:后|以后)[，]?[^，。；\n]{0,8}?方(?:可|能|得|准|予)|(?:纳入|列入|进入)[^，。；\n]{0,15}?(?<form>名录|目录|名单|库)(?:后|的)?[，]?[^，。；\n]{0,8}?方(?:可|能|得|准|予)")]
    private static partial Regex Precondition();

    [GeneratedRegex(@"(?:每年|每一年度|年度)(?:进行|组织|开展|接受|参加)?(?:一次)?[^，。；\n]{0,8}?(?<form>年检|年审)|实行[^，。；\n]{0,6}?(?<form>年检|年审)(?:制度)?")]
    private static partial Regex AnnualInspection();

    [GeneratedRegex(@"(?:对|将)[^，。；\n]{0,20}?(?:企业|经营者|经营单位|市场主体|机构|商户|个体工商户|从业人员|供应商|服务商|车辆)[^，。；\n]{0,10}?(?:实行|实施|纳入|列入)[^，。；\n]{0,6}?(?<form>名录|目录|准入|备案)(?:制)?管理")]
    private static partial Regex ListManagement();

    // Registrations that laws require (不动产、机动车、市场主体、户籍、婚姻、税务、社会组织 …).
    [GeneratedRegex(@"不动产|机动车|市场主体登记|工商登记|营业执照|户口|户籍|婚姻|税务登记|纳税|社会组织|民办非企业|法人登记|抵押|特种设备|船舶|商标|专利|著作权|规范性文件|合同备案")]
    private static partial Regex StatutoryRegistration();

    [GeneratedRegex(@"^[^。；\n]{0,8}?(?:享受|申报|获得|领取|列支|拨付|安排[^，。；\n]{0,4}?资金|补贴|补助|奖励|扶持|资助|优惠|申请[^，。；\n]{0,6}?(?:补贴|补助|奖励|资金|扶持))")]
    private static partial Regex Benefit();

    [GeneratedRegex(@"不作为[^，。；\n]{0,12}?(?:前置|前提|条件)|不影响[^，。；\n]{0,10}?(?:开展|经营|从事)")]
    private static partial Regex NotAPrecondition();
}
