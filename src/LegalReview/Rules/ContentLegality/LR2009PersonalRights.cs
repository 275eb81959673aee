using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2009: restrictions of personal liberty are reserved to law, and no one may be sanctioned for a relative's
/// conduct; a normative document may not restrict movement, detain, force people into study classes, penalise family
/// members (株连) or abolish rest days.
/// </summary>
[ReviewRule("LR2009", RuleCategory.Rights, FindingSeverity.Error, "限制人身自由、株连或侵害基本权利",
    Description = "限制人身自由的强制措施和处罚只能由法律规定。规范性文件不得限制公民的人身自由和出行，不得以“学习班”等名义变相限制人身自由，不得因当事人的行为限制其子女、配偶、亲属的入学、就业、参军等权利（株连），也不得侵害劳动者的休息权。",
    Suggestion = "删除该限制；对当事人违法行为的处理限于其本人，并依照法律规定的种类、程序进行。",
    OffendingExample = "对拒不签订拆迁协议的户主，其子女参军政审一律不予通过。",
    CompliantExample = "对拒不履行生效决定的当事人，由县人民政府依法申请人民法院强制执行。")]
[LegalBasis("《中华人民共和国立法法》第十一条")]
[LegalBasis("《中华人民共和国行政处罚法》第十条")]
[LegalBasis("国办发〔2018〕37号", Verified = false)]
internal sealed partial class LR2009PersonalRights : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Infringement().Match(text); m.Success; m = m.NextMatch())
        {

            var quote = provision.Text.Substring(m.Index, m.Length);
            var why = m.Groups["family"].Success ? "因当事人的行为限制其亲属的权利，构成株连"
                : m.Groups["rest"].Success ? "剥夺了劳动者的休息权"
                : "限制了公民的人身自由，而限制人身自由只能由法律规定";
            context.ReportCreated(provision, m, $"“{quote}”{why}。", null);
        }
    }

    [GeneratedRegex(@"(?<family>(?:其|当事人的?|户主的?|本人的?)(?:子女|配偶|家属|亲属|近亲属|父母|家庭成员)[^，。；\n]{0,20}?(?:(?:一律)?(?:不得|不予|不能)|限制|取消|暂停|停止)|(?:限制|取消|暂停)(?:其)?(?:子女|配偶|家属|亲属|近亲属|家庭成员)[^，。；\n]{0,12}?(?:入学|就业|参军|入伍|录用|招录|升学|评优|资格))|限制(?:其)?(?:人身自由|出行|外出|离开)|强制(?:参加|接受)[^，。；\n]{0,8}?(?:学习班|法制教育|劳动|教育转化)|(?:予以|进行)(?:拘禁|约束|关押|看管)|(?<rest>(?:周末|双休日|节假日|法定节假日)[^，。；\n]{0,4}?(?:一律|必须|均须|均应|全部)(?:加班|上班|不休息|不得休息|取消休假))")]
    private static partial Regex Infringement();
}
