using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2008: without a basis in law, regulation or rule, a normative document may not restrict the lawful rights of
/// citizens and organisations or add to their obligations: blanket refusals, compulsory pledges, compulsory
/// insurance, loss of eligibility.
/// </summary>
[ReviewRule("LR2008", RuleCategory.Rights, FindingSeverity.Warning, "没有依据减损权利或增加义务",
    Description = "没有法律、法规、规章依据，行政规范性文件不得减损公民、法人和其他组织的合法权益或者增加其义务。常见表现有：对某类申请“一律不予办理”，强制要求签订承诺书、责任书，强制购买商业保险，取消参加投标、申请等资格。本规则提示可能存在的问题，是否有上位法依据须由审核人员判断。",
    Suggestion = "核对上位法依据：有依据的，写明所依据的具体条款；没有依据的，删除该限制或义务，或改为引导、鼓励性规定。",
    OffendingExample = "对未签订安全生产承诺书的企业，一律不予办理年度评优手续。",
    CompliantExample = "鼓励企业签订安全生产承诺书，主动公开承诺内容。")]
[LegalBasis("《优化营商环境条例》第六十四条")]
[LegalBasis("《中华人民共和国各级人民代表大会常务委员会监督法》第三十九条")]
[LegalBasis("国办发〔2018〕37号", Verified = false)]
internal sealed partial class LR2008RightsRestriction : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Restriction().Match(text); m.Success; m = m.NextMatch())
        {
            var sentence = clauses.Sentence(m.Index, m.Length);
            if (Encouraged().IsMatch(clauses.SentenceBefore(m.Index)))
            {
                continue;
            }

            // "未被……取消投标资格" describes a sanction imposed elsewhere; it does not impose one.
            if (m.Groups["eligibility"].Success && Passive().IsMatch(clauses.SegmentBefore(m.Index)))
            {
                continue;
            }

            if (m.Groups["insurance"].Success && StatutoryInsurance().IsMatch(sentence))
            {
                continue;
            }

            // A promise or responsibility letter signed among government bodies is internal management.
            if (m.Groups["pledge"].Success && ProvisionClauses.IsAdministration(clauses.SegmentBefore(m.Index)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            var why = m.Groups["insurance"].Success ? "强制要求购买保险，增加了公民、企业的义务"
                : m.Groups["pledge"].Success ? "强制要求签订承诺书、责任书，增加了公民、企业的义务"
                : m.Groups["eligibility"].Success ? "取消了公民、企业参加相关活动的资格，减损了其权利"
                : "一概拒绝办理，减损了公民、企业依法申请和办理事项的权利";
            context.ReportCreated(provision, m, $"“{quote}”{why}，须有法律、法规、规章依据。", null);
        }
    }

    [GeneratedRegex(@"一律不(?:予|得|能)(?:办理|受理|审批|批准|登记|发放|核发|支持|兑现|安排|准入|通过)|(?<pledge>(?:须|需|必须|应当|应|一律)(?:与[^，。；\n]{1,12}?)?签(?:订|署)[^，。；\n]{0,12}?(?:承诺书|责任书|保证书|责任状))|(?<insurance>(?:须|需|必须|应当|应|一律|强制)(?:购买|投保|参保|办理)[^，。；\n]{0,12}?保险)|(?<eligibility>取消(?:其)?[^，。；\n]{0,8}?(?:参加|报名|投标|申请|从业|经营|执业|评审)资格)")]
    private static partial Regex Restriction();

    [GeneratedRegex(@"交强险|交通事故责任强制保险|工伤保险|社会保险|养老保险|医疗保险|失业保险|生育保险|安全生产责任保险|承运人责任保险|环境污染强制责任保险")]
    private static partial Regex StatutoryInsurance();

    [GeneratedRegex(@"被[^，。；\n]{0,12}$")]
    private static partial Regex Passive();

    [GeneratedRegex(@"鼓励|引导|倡导|支持|提倡|自愿")]
    private static partial Regex Encouraged();
}
