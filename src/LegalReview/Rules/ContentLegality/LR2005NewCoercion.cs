using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2005: coercive measures (查封、扣押、冻结、暂扣) and coercive enforcement (强制拆除、加处罚款、滞纳金、代履行) exist
/// only where a law or regulation provides them; cutting water, power or gas to force compliance is forbidden outright.
/// </summary>
[ReviewRule("LR2005", RuleCategory.Coercion, FindingSeverity.Error, "违法设定行政强制",
    Description = "行政强制措施由法律、行政法规、地方性法规设定，法律、法规以外的其他规范性文件不得设定行政强制措施；行政强制执行由法律设定。文件规定查封、扣押、冻结、暂扣车辆物品、强制拆除、加处罚款或者滞纳金、代履行等的，属于违法设定行政强制；行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关决定。",
    Suggestion = "删除自行设定的强制措施和强制执行方式；上位法已有规定的，写明“依照《××法》第×条的规定”，由法定机关依照法定程序实施。",
    OffendingExample = "对拒不整改的经营户，由县市场监督管理局查封其经营场所，并停止供水供电。",
    CompliantExample = "对拒不整改的经营户，由县市场监督管理局依照《中华人民共和国食品安全法》第一百一十条的规定处理。")]
[LegalBasis("《中华人民共和国行政强制法》第十条")]
[LegalBasis("《中华人民共和国行政强制法》第十三条")]
[LegalBasis("《中华人民共和国行政强制法》第四十三条")]
[LegalBasis("《中华人民共和国行政强制法》第四十五条")]
internal sealed partial class LR2005NewCoercion : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Coercion().Match(text); m.Success; m = m.NextMatch())
        {

            // 停水停电 and 代为履行 are coercion only when used to make someone comply; a maintenance notice or a
            // guarantor's performance is not.
            if ((m.Groups["utility"].Success || m.Value.Contains("履行", StringComparison.Ordinal))
                && !Compulsion().IsMatch(clauses.Sentence(m.Index, m.Length)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            var why = m.Groups["utility"].Success
                ? $"“{quote}”以停止供水、供电等方式迫使当事人履行义务，行政强制法明令禁止。"
                : $"“{quote}”设定了行政强制措施或强制执行方式，而规范性文件不得设定行政强制。";
            context.ReportCreated(provision, m, why, null);
        }
    }

    [GeneratedRegex(@"(?<!(?:协助|配合)[^，。；\n]{0,12})(?:(?:予以|实施|进行|一律)?查封|(?<!被|已)扣押(?!金))|冻结(?:其)?[^，。；\n]{0,6}?(?:存款|汇款|账户|资金|财产|股权)|暂扣(?:其)?[^，。；\n]{0,6}?(?:车辆|物品|工具|设备|货物|商品)|强制拆除|强行拆除|(?:予以|实施)强制清除|(?:由[^，。；\n]{1,15}?)?代(?:为)?履行|加处罚款|(?:加收|收取|缴纳|征收)[^，。；\n]{0,6}?滞纳金|(?<utility>(?:停止|暂停|中断)(?:其)?(?:供水|供电|供气|供热|供燃气)(?:[、和]?(?:供水|供电|供气|供热|供燃气))*|断水断电|停水停电)")]
    private static partial Regex Coercion();

    [GeneratedRegex(@"拒不|逾期不|逾期未|未按(?:期|时|要求)|不履行|未履行|迫使|不整改|不配合|费用由")]
    private static partial Regex Compulsion();
}
