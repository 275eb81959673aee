using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2014: a sanction must fall on the person who did wrong. A clause that, because of one person's 失信, debt,
/// refusal or offence, limits what that person's spouse, children, parents or other relatives may do (study, sit an
/// examination, be hired, enlist, receive a benefit) punishes people who did nothing, and a normative document may
/// not create a sanction at all.
/// </summary>
[ReviewRule("LR2014", RuleCategory.Rights, FindingSeverity.Error, "惩戒措施株连亲属或者第三人",
    Description = "惩戒只能针对违法、失信行为人本人。行政规范性文件以当事人失信、欠缴、拒不履行或者违法犯罪为由，限制其配偶、子女、父母等近亲属或者其他第三人的入学、报考、录用、参军、评优、享受待遇等权利的，既是自行设定惩戒措施，又使无过错的第三人承担不利后果，没有法律依据。",
    Suggestion = "删除对当事人亲属或者其他第三人的限制；惩戒措施只能针对行为人本人，并以法律、法规或者党中央、国务院政策文件的明确规定为依据。",
    OffendingExample = "对拒不履行生效判决的失信被执行人，其子女不得报考本市事业单位，其配偶不得享受本县各类补贴。",
    CompliantExample = "申请人及其配偶、未成年子女在本市均无自有住房的，可以申请公共租赁住房。")]
[LegalBasis("《中华人民共和国行政处罚法》第九条")]
[LegalBasis("《中华人民共和国行政处罚法》第十六条")]
[LegalBasis("国办发〔2020〕49号", Verified = false)]
internal sealed partial class LR2014SanctionOnRelatives : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        if (clauses.UnderProhibitingLeadIn)
        {
            return;
        }

        var text = context.Normalized(provision);
        for (var m = RelativeRestricted().Match(text); m.Success; m = m.NextMatch())
        {
            var sentence = clauses.Sentence(m.Index, m.Length);
            if (!Wrongdoing().IsMatch(sentence) || OfficialConduct().IsMatch(sentence)
                || clauses.StanceOf(m) is MeasureStance.Mentioned or MeasureStance.Restated
                || ForbidsTheRestriction(clauses.SegmentBefore(m.Index)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            context.Report(provision, m, $"“{quote}”以当事人的违法、失信等行为为由限制其{m.Groups["relative"].Value}的权利，惩戒及于无过错的第三人，且规范性文件无权设定惩戒措施。");
        }
    }

    // "不得因……限制其子女……" forbids the restriction instead of imposing it.
    private static bool ForbidsTheRestriction(string before) =>
        before.Contains("不得", StringComparison.Ordinal) || before.Contains("禁止", StringComparison.Ordinal) || before.Contains("严禁", StringComparison.Ordinal);

    // A relative (possessed by the wrongdoer: 其配偶, 失信被执行人的子女) followed closely by a restriction on them.
    [GeneratedRegex(@"(?<relative>配偶|子女|父母|近亲属|直系亲属|家庭成员|共同生活的亲属|亲属|家属)(?:[、和及或][^，。；：\n]{0,8}?)?(?:在[^，。；：\n]{1,16}?(?:方面|等方面|时))?[^，。；：\n]{0,4}?(?:一律)?(?:不得|不予|不能|禁止|限制|暂停|取消|受到限制|予以限制)(?:[^，。；：\n]{0,14})")]
    private static partial Regex RelativeRestricted();

    // The sentence ties the restriction to someone's wrongdoing.
    [GeneratedRegex(@"失信|违法|违规|违章|拒不|拒绝履行|欠缴|拖欠|逃避|黑名单|惩戒|涉黑|涉恶|犯罪|被执行人|老赖|不履行")]
    private static partial Regex Wrongdoing();

    // Conflict-of-interest rules on officials and their families are another matter ("领导干部的配偶、子女不得在其管辖的
    // 地区经商办企业", "不得为其配偶谋取利益"), as are procedural 回避 rules.
    [GeneratedRegex(@"(?:领导干部|公职人员|工作人员|党员干部|公务员|执法人员)[^，。；\n]{0,8}?(?:配偶|子女|亲属)|(?:不得|禁止)[^，。；\n]{0,4}?(?:为|向|替|帮助|利用)[^，。；\n]{0,4}?(?:其|本人)?(?:配偶|子女|亲属)|谋取|经商办企业|回避")]
    private static partial Regex OfficialConduct();
}
