using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2004: only laws, regulations and rules may set administrative penalties; a normative document may not create
/// fines, 通报批评, revocations, closures, confiscations or bans, nor a 裁量基准 that leaves the statutory range
/// (一律顶格处罚).
/// </summary>
[ReviewRule("LR2004", RuleCategory.Penalty, FindingSeverity.Error, "违法设定行政处罚",
    Description = "行政处罚只能由法律、法规、规章设定，其他规范性文件不得设定行政处罚。文件规定罚款、通报批评、没收、吊销、责令停产停业、限制从业等处罚种类，或者在上位法规定之外设定处罚情形、幅度的，属于违法设定行政处罚。行政处罚裁量基准只能在法定的种类和幅度内细化，不得“一律从重”“一律顶格”。",
    Suggestion = "删除自行设定的处罚；上位法已有规定的，改为“依照《××法》第×条的规定处罚”，不重复规定处罚种类和幅度。",
    OffendingExample = "违反本办法规定乱倒垃圾的，处200元以上1000元以下罚款。",
    CompliantExample = "违反本办法规定乱倒垃圾的，由县城市管理局依照《城市市容和环境卫生管理条例》第三十四条的规定处理。")]
[LegalBasis("《中华人民共和国行政处罚法》第九条")]
[LegalBasis("《中华人民共和国行政处罚法》第十六条")]
[LegalBasis("《中华人民共和国行政处罚法》第三十四条")]
internal sealed partial class LR2004NewPenalty : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Penalty().Match(text); m.Success; m = m.NextMatch())
        {

            // 通报批评 of a department, township or civil servant is internal management, not a penalty on the public.
            if (m.Value.Contains("通报批评", StringComparison.Ordinal) && InternalTarget().IsMatch(clauses.Sentence(m.Index, m.Length)))
            {
                continue;
            }

            // Barring a fraudulent applicant from the document's own subsidy is a condition of the benefit, not a penalty.
            if (m.Value.Contains("年内不得", StringComparison.Ordinal) && OwnBenefit().IsMatch(clauses.SentenceAfter(m.Index, m.Length)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            var why = m.Groups["discretion"].Success
                ? $"“{quote}”排除了法定处罚幅度内的裁量，裁量基准只能在法律、法规、规章规定的种类和幅度内细化。"
                : $"“{quote}”设定了行政处罚，而规范性文件不得设定行政处罚。";
            context.ReportCreated(provision, m, why, null);
        }
    }

    [GeneratedRegex(@"(?:并处|处以?|予以|给予)[^，。；\n]{0,25}?罚款|(?:予以|给予|进行|处以)?通报批评|吊销[^，。；\n]{0,15}?(?:许可证|执照|证照|资格证|资质证书|资质|证书|许可)|责令(?:其)?(?:停产停业|停业整顿|停止营业|停业|关闭)|没收(?:其)?(?:违法所得|非法财物|[^，。；\n]{0,10}?(?:工具|设备|物品|财物|商品|车辆|产品|货物))|暂扣[^，。；\n]{0,6}?(?:许可证|执照|证照|驾驶证|资格证)|降低资质等级|限制(?:其)?(?:从业|开展生产经营活动)|(?:行政)?拘留|(?<discretion>一律(?:按|从|给予|予以)?(?:顶格|最高(?:限|标准|额))(?:处罚|罚款)?|一律从重处罚)|[一二三四五六七八九十0-9]+年内不得(?:申请|参加|参与|从事|报名|承接)")]
    private static partial Regex Penalty();

    [GeneratedRegex(@"^[^，。；\n]{0,14}?(?:补贴|补助|奖励|扶持|资助|优惠|专项资金)")]
    private static partial Regex OwnBenefit();

    [GeneratedRegex(@"(?:部门|乡镇|街道|机关|单位负责人|工作人员|公职人员|干部|责任人|村（居）|各村|工作不力|推进不力|履职不力|落实不力|督查)[^。；\n]{0,14}?(?:予以|给予|进行)?通报批评")]
    private static partial Regex InternalTarget();
}
