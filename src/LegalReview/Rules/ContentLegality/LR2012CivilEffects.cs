using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2012: the basic institutions of civil law are reserved to law; a normative document may not impose joint and
/// several liability, declare contracts void, deem rights waived, allocate ownership or set penalty interest.
/// </summary>
[ReviewRule("LR2012", RuleCategory.Rights, FindingSeverity.Error, "违法设定民事法律效果",
    Description = "民事基本制度只能由法律规定。规范性文件规定“承担连带责任”“合同无效”“视为自动放弃”“产权一律归……所有”“按日支付违约金”等，创设或改变了民事主体之间的权利义务和法律效果，超出了行政规范性文件的调整范围；仅重述《中华人民共和国民法典》等法律规定的，应当写明依据。",
    Suggestion = "删除创设民事法律效果的规定；确需提示的，改为“依照《中华人民共和国民法典》第×条的规定承担责任”等重述方式，由当事人依法约定或者由人民法院依法认定。",
    OffendingExample = "出租人未履行登记义务的，与承租人承担连带责任；租赁合同无效。",
    CompliantExample = "出租人与承租人应当依法签订租赁合同，明确双方的权利义务。")]
[LegalBasis("《中华人民共和国立法法》第十一条")]
[LegalBasis("《中华人民共和国民法典》第一百五十三条", Verified = false)]
internal sealed partial class LR2012CivilEffects : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = CivilEffect().Match(text); m.Success; m = m.NextMatch())
        {
            var sentence = clauses.Sentence(m.Index, m.Length);

            // Parties to a contract may agree on liquidated damages and guarantees; a subsidy programme may close its
            // own application window. Neither creates a civil effect by administrative fiat.
            if ((m.Groups["agreeable"].Success && Contract().IsMatch(sentence)) || (m.Groups["waiver"].Success && OwnProgramme().IsMatch(sentence)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            var message = $"“{quote}”创设了民事法律效果，民事基本制度只能由法律规定，行政规范性文件无权规定。";
            if (clauses.StanceOf(m) != MeasureStance.Created)
            {
                continue;
            }

            if (sentence.Contains("民法典", StringComparison.Ordinal))
            {
                context.Report(provision, m, message + "本句提及《中华人民共和国民法典》，如属重述，请写明具体条款。", null, FindingSeverity.Warning);
            }
            else
            {
                context.ReportCreated(provision, m, message, null);
            }
        }
    }

    [GeneratedRegex(@"(?<agreeable>承担连带(?:赔偿|清偿)?责任|负连带(?:赔偿)?责任)|(?:合同|协议|约定|交易|买卖)[^，。；\n]{0,4}?(?:一律|均|自始)?无效|(?<waiver>视为(?:自动|主动)?放弃)|(?:产权|所有权|使用权)[^，。；\n]{0,4}?一律(?:归|属于)|(?<agreeable>按日(?:支付|缴纳|计收|加收)[^，。；\n]{0,10}?违约金|(?:支付|承担|缴纳)[^，。；\n]{0,8}?违约金)")]
    private static partial Regex CivilEffect();

    [GeneratedRegex(@"甲方|乙方|双方约定|合同约定|协议约定|当事人约定|双方协商")]
    private static partial Regex Contract();

    [GeneratedRegex(@"申报|申请|补贴|补助|奖励|资金|扶持|名额|评选|资助|资格|指标|配售|配租|保障")]
    private static partial Regex OwnProgramme();
}
