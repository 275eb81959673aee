using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2011: a normative document may not enlarge its issuer's powers or shed the issuer's statutory duties: "本局有权",
/// "由本局统一认定", "不再受理", shifting supervision duties onto enterprises, disclaiming the administration's liability.
/// </summary>
[ReviewRule("LR2011", RuleCategory.Power, FindingSeverity.Warning, "扩大本机关权力或减少法定职责",
    Description = "行政规范性文件不得增加本机关的权力，不得减少本机关的法定职责。文件自行规定“本局有权……”“由本局统一认定”，或者规定“不再受理”、将监管责任转由企业或申请人承担、声明行政机关对其行为后果“不承担责任”的，可能扩权减责，须由审核人员核对法定职权。",
    Suggestion = "删除扩大职权或免除职责的表述；本机关的职权和职责以法律、法规、规章和权责清单为准，监管责任不得转嫁给行政相对人。",
    OffendingExample = "企业自行承担安全监管责任，出现问题由企业自负，本局不承担任何责任。",
    CompliantExample = "企业对本单位的安全生产承担主体责任；县应急管理局依法履行安全生产监督管理职责。")]
[LegalBasis("国办发〔2018〕37号", Verified = false)]
[LegalBasis("国办发〔2018〕115号", Verified = false)]
[LegalBasis("《中华人民共和国立法法》第九十一条（适用于部门规章，参照）", Verified = false)]
internal sealed partial class LR2011PowerExpansion : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Expansion().Match(text); m.Success; m = m.NextMatch())
        {
            var sentence = clauses.Sentence(m.Index, m.Length);

            // "逾期不再受理" closes an application window, and "已经处理的不再受理" stops repeats: neither sheds a duty.
            if (m.Groups["refuse"].Success && Deadline().IsMatch(sentence))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            var why = m.Groups["power"].Success ? "为本机关自行设定了职权，而行政机关的职权应当来源于法律、法规、规章"
                : m.Groups["refuse"].Success ? "免除了本机关受理、处理相关事项的法定职责"
                : "将行政机关的监管职责或责任转由行政相对人承担，或免除了行政机关的责任";
            context.ReportCreated(provision, m, $"“{quote}”{why}。", null);
        }
    }

    [GeneratedRegex(@"(?<power>本(?:局|委|机关|部门|中心|办)(?:有权|可以(?:随时|直接)|统一(?:认定|审批|决定|核定|裁定)))|(?<power>由本(?:局|委|机关|部门)(?:统一|最终)(?:认定|审批|决定|核定|裁定|确定))|(?<refuse>(?:一律|均|将)?不再(?:受理|查处)|不予受理(?:任何)?(?:投诉|举报|申诉))|(?:由|责任由)?(?:企业|申请人|当事人|经营者|业主|个人|其|商户)[^，。；\n]{0,6}?(?:自行)?(?:承担|负责)[^，。；\n]{0,6}?(?:监管|监督管理|安全监管|审核|审查)(?:责任|职责)|(?:出现|发生)[^，。；\n]{0,10}?(?:问题|后果|事故|损失)的?[，]?(?:由|均由|一律由)?[^，。；\n]{0,8}?(?:自负|自行负责)|(?:本局|本机关|本委|行政机关|政府|主管部门)(?:一律|均)?(?:(?:不承担|不负)(?:任何)?[^，。；\n]{0,6}?责任|概不负责)")]
    private static partial Regex Expansion();

    [GeneratedRegex(@"逾期|截止|过期|申报期|申请期|期满|期限届满|重复|已(?:经)?(?:依法)?(?:处理|办结|受理|作出)")]
    private static partial Regex Deadline();
}
