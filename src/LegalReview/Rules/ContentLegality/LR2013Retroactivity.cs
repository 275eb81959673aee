using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2013: a normative document may not reach back: its 施行日期 may not precede the day it was made, and conduct
/// before it took effect may not be dealt with under its new burdens, unless the special provision favours the public.
/// </summary>
[ReviewRule("LR2013", RuleCategory.Rights, FindingSeverity.Error, "违反不溯及既往原则",
    Description = "法律、法规、规章和其他规范性文件不溯及既往，但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外。文件的施行日期早于成文日期，或者规定“本办法施行前……的，按照本办法处理”，使新设的义务、限制或处理措施适用于施行前的行为的，违反不溯及既往原则；仅对相对人有利的溯及规定（如补贴、减免）可以保留，但应当写明。",
    Suggestion = "将施行日期定在成文（公布）之后；对施行前发生的行为，适用行为发生时的规定，新规定对当事人更有利的除外。",
    OffendingExample = "某某县设施管理办法\n第一条 本办法自2024年1月1日起施行；本办法施行前已建成的设施，按照本办法的规定处理。\n某某县住房和城乡建设局\n2024年3月5日",
    CompliantExample = "某某县设施管理办法\n第一条 本办法自2024年4月5日起施行；本办法施行前已建成的设施，按照原规定执行。\n某某县住房和城乡建设局\n2024年3月5日",
    ExamplePlacement = ExamplePlacement.Document)]
[LegalBasis("《中华人民共和国立法法》第一百零四条（适用于法律、法规、规章，参照）", Verified = false)]
internal sealed partial class LR2013Retroactivity : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        CheckEffectiveDate(context, doc);
        foreach (var provision in doc.AllProvisions)
        {
            if (provision.Kind is ProvisionKind.Article or ProvisionKind.Chapter or ProvisionKind.Section || provision.Text.Length == 0)
            {
                continue;
            }

            var clauses = context.Clauses(provision);
        var text = clauses.Text;
            for (var m = PastConduct().Match(text); m.Success; m = m.NextMatch())
            {
                var sentence = clauses.Sentence(m.Index, m.Length);
                var quote = provision.Text.Substring(m.Index, m.Length);
                if (Beneficial().IsMatch(sentence) && !Burden().IsMatch(sentence))
                {
                    context.Report(provision, m, $"“{quote}”使本文件适用于施行前的事项。该规定看来对当事人有利，属于可以溯及的特别规定，请确认并在起草说明中写明。", null, FindingSeverity.Info);
                }
                else
                {
                    context.ReportCreated(provision, m, $"“{quote}”将本文件的规定适用于施行前发生的行为或形成的状态，违反不溯及既往原则。", null);
                }
            }
        }
    }

    private static void CheckEffectiveDate(ReviewContext context, NormativeDocument doc)
    {
        if (doc.EffectiveDate is not { Kind: EffectiveDateKind.FixedDate, Date: { } effective } clause || doc.IssueDate is not { } issued)
        {
            return;
        }

        if (effective.Value >= issued.Value)
        {
            return;
        }

        var message = $"施行日期（{effective.Original}）早于成文日期（{issued.Original}），文件在制定之前即已施行，违反不溯及既往原则。";
        if (BeneficialTitle().IsMatch(doc.Body.Title) || BeneficialTitle().IsMatch(doc.Title))
        {
            context.Report(clause.Span, message + "本文件为补贴、奖励、减免等授益性文件，溯及适用对当事人有利的可以保留，但应当在起草说明中说明理由。", "确认溯及适用仅对当事人有利，并在起草说明中说明；否则将施行日期定在成文日期之后。", FindingSeverity.Info);
        }
        else
        {
            context.Report(clause.Span, message, $"将施行日期定在成文日期（{issued.Original}）之后，一般自印发之日起30日后施行。");
        }
    }

    [GeneratedRegex(@"本(?:办法|规定|细则|实施细则|意见|通知|决定|通告|规则|方案|标准)(?:施行|实施|执行|印发|发布|生效)(?:之日)?(?:前|以前)[^。；\n]{0,40}?(?:按照|依照|适用|参照|按|依)本(?:办法|规定|细则|实施细则|意见|通知|决定|通告|规则|方案|标准)(?:[^。；\n]{0,12}?(?:处理|执行|办理|处罚|查处|清理|整改|认定|收取|缴纳|追缴|享受|申请|申报|补办))?")]
    private static partial Regex PastConduct();

    [GeneratedRegex(@"享受|补贴|补助|奖励|扶持|优惠|减免|免于|免除|从轻|减轻|有利于|更有利")]
    private static partial Regex Beneficial();

    [GeneratedRegex(@"处罚|查处|罚款|追缴|收取|缴纳|整改|拆除|清理|取消|责令|没收")]
    private static partial Regex Burden();

    [GeneratedRegex(@"补贴|补助|奖励|扶持|资助|优惠|减免|激励")]
    private static partial Regex BeneficialTitle();
}
