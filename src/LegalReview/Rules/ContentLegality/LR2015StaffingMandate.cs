using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2015: a normative document may not add duties to enterprises without a basis in law, regulation or a State
/// Council decision. Telling businesses to employ full-time or certified staff, to keep a given number of people on a
/// post, or that their workers may start only with a certificate is such a duty (and a certificate required before
/// work is a permit, which only law may create). Central documents are left alone.
/// </summary>
[ReviewRule("LR2015", RuleCategory.Rights, FindingSeverity.Warning, "无上位法依据要求企业配备人员、岗位或者持证上岗",
    Description = "没有法律、法规或者国务院决定和命令依据的，行政规范性文件不得减损市场主体合法权益或者增加其义务。要求企业、经营者配备专职（专门、持证）人员或者一定数量的人员、设置特定岗位，或者规定从业人员取得某种证书后方可上岗，都是增加市场主体义务；以证书作为从业前提的，还实质上设定了行政许可，而规范性文件一律不得设定行政许可。",
    Suggestion = "核对上位法是否已有配备人员或者持证上岗的规定：有的，写明所依据的法律、法规及其条款并照其表述；没有的，删除该要求，或者改为鼓励性、指导性表述。",
    OffendingExample = "农贸市场经营企业应当配备不少于3名专职食品安全管理员。",
    CompliantExample = "鼓励农贸市场经营企业配备食品安全管理人员，加强从业人员培训。")]
[LegalBasis("《优化营商环境条例》第六十四条")]
[LegalBasis("《中华人民共和国行政许可法》第十七条")]
internal sealed partial class LR2015StaffingMandate : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        if (CentralIssuer.Issued(context.Document) || context.Clauses(provision).UnderProhibitingLeadIn)
        {
            return;
        }

        var text = context.Normalized(provision);
        var clauses = context.Clauses(provision);
        for (var m = Mandate().Match(text); m.Success; m = m.NextMatch())
        {
            if (clauses.StanceOf(m) is MeasureStance.Prohibited or MeasureStance.Mentioned or MeasureStance.Restated || Encouraged().IsMatch(clauses.Segment(m.Index, m.Length)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            var message = m.Groups["certificate"].Success
                ? $"“{quote}”规定从业人员须取得证书方可上岗，是增加市场主体义务，并实质上设定了从业许可；规范性文件不得设定行政许可，须有法律、法规依据。"
                : $"“{quote}”要求企业配备特定人员或者岗位，是增加市场主体义务，须有法律、法规或者国务院决定和命令的依据。";
            context.Report(provision, m, message);
        }
    }

    // A business subject, a "must", then either staffing (配备专职/持证/N名…人员、岗位) or a certificate before work.
    [GeneratedRegex(@"(?:企业|经营者|经营单位|经营户|商户|市场主体|门店|运营单位|服务机构|培训机构|物业服务人|开办者|施工单位|建设单位|用人单位)[^，。；：\n]{0,8}?(?:应当|必须|须|需|一律|均应|应)(?:[^，。；：\n]{0,6}?)(?:(?:配备|配置|聘用|聘请|招用|设置|设立|安排)[^，。；：\n]{0,12}?(?:专职|专门|持证|持有[^，。；：\n]{1,10}?证[书件]?的|具有[^，。；：\n]{1,12}?资格的|不少于[0-9一二三四五六七八九十]+名|[0-9一二三四五六七八九十]+名(?:以上)?)[^，。；：\n]{0,12}?(?:人员|管理员|安全员|技术员|负责人|工程师|医师|药师|保安员|岗位)|(?<certificate>(?:从业人员|工作人员|员工|操作人员|管理人员)[^，。；：\n]{0,8}?(?:取得|持有)[^，。；：\n]{0,16}?(?:证书|资格证|上岗证|合格证|培训证明)[^，。；：\n]{0,4}?(?:后)?方可(?:上岗|从业|作业|执业)|持证上岗))")]
    private static partial Regex Mandate();

    [GeneratedRegex(@"鼓励|支持|引导|倡导|提倡|可以|自愿")]
    private static partial Regex Encouraged();
}
