using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2001: a normative document may not create an administrative permit: no "经批准后方可", "未取得许可的不得",
/// "实行许可管理" for an activity that no law, regulation or rule subjects to a permit.
/// </summary>
[ReviewRule("LR2001", RuleCategory.License, FindingSeverity.Error, "违法设定行政许可",
    Description = "行政许可只能由法律、行政法规、国务院决定、地方性法规和省级人民政府规章设定，其他规范性文件一律不得设定行政许可。文件以“经批准后方可”“未取得许可（批准）的不得”“实行审批管理”等方式为公民、法人或者其他组织从事某项活动设置事前批准的，属于违法设定行政许可；重述上位法已经设定的许可并写明依据的除外。",
    Suggestion = "删除该审批（许可）要求；上位法已设定该许可的，写明所依据的法律、法规的具体条款，不得增设许可条件和程序。",
    OffendingExample = "从事户外婚庆服务的，须经县文化和旅游局审批同意后方可开展。",
    CompliantExample = "从事食品经营的，应当依法取得食品经营许可证。")]
[LegalBasis("《中华人民共和国行政许可法》第十四条")]
[LegalBasis("《中华人民共和国行政许可法》第十五条")]
[LegalBasis("《中华人民共和国行政许可法》第十七条")]
[LegalBasis("国办发〔2018〕37号", Verified = false)]
internal sealed partial class LR2001NewPermit : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Permit().Match(text); m.Success; m = m.NextMatch())
        {
            var sentence = clauses.Sentence(m.Index, m.Length);
            // "实行审批管理的事项" refers to permits that exist; it does not create one.
            if (m.Index + m.Length < text.Length && text[m.Index + m.Length] == '的')
            {
                continue;
            }

            if (StatutoryPermit().IsMatch(sentence) || PrivateConsent().IsMatch(m.Value)
                || PublicFunds().IsMatch(sentence))
            {
                continue;
            }

            // "未经批准，任何部门不得……" binds the administration; "经审核同意后方可拨付" governs its own spending
            // or a benefit, neither of which is a permit imposed on the public.
            var subject = m.Groups["subject"].Value;
            if ((subject.Length > 0 && ProvisionClauses.IsAdministration(subject)) || InternalOrBenefit().IsMatch(clauses.SentenceAfter(m.Index, m.Length)))
            {
                continue;
            }

            if (m.Groups["subject"].Success && subject.Length == 0 && ProvisionClauses.IsAdministration(clauses.SegmentBefore(m.Index)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            context.ReportCreated(provision, m, $"“{quote}”为从事该活动设置了事前审批（许可），规范性文件无权设定行政许可。", null);
        }
    }

    [GeneratedRegex(@"(?:须|需|必须|应当|应|要)?(?:先)?(?<![已曾神财])经(?!营|济|费|常|理|销|纪|历|验)[^，。；\n]{0,20}?(?:审批|批准|许可|核准|审核同意|审查同意|同意)(?:后|以后)?[，]?(?<subject>[^，。；\n]{0,8}?)方(?:可|能|得|准)|未(?:经|取得|办理)[^，。；\n]{0,25}?(?:批准|许可|审批|核准|同意|许可证|批准文件|批准手续|审批手续)的?[，]?(?<subject>[^，。；\n]{0,10}?)(?:一律)?(?:不得|禁止|严禁|不准)|(?:实行|实施)[^，。；\n]{0,8}?(?:许可|审批)(?:管理|制度|制)|(?:取得|持有|凭)[^，。；\n]{0,20}?(?:许可证|准营证|准入证|批准文件|批文)(?:后)?[，]?方(?:可|能|得|准)")]
    private static partial Regex Permit();

    // Permits that laws or State Council regulations set; requiring them restates the law.
    [GeneratedRegex(@"户外广告|占用(?:城市)?道路|挖掘(?:城市)?道路|砍伐城市树木|排水许可|燃气经营许可|建筑垃圾处置|营业执照|食品(?:生产|经营)许可|建设工程规划许可|建设用地规划许可|乡村建设规划许可|施工许可|排污许可|取水许可|道路运输经营许可|危险化学品|药品(?:生产|经营)许可|医疗机构执业许可|烟草专卖|采矿许可|安全生产许可|林木采伐许可|建筑工程施工许可")]
    private static partial Regex StatutoryPermit();

    // Approval of projects and spending paid from public money, and of the administration's own documents, is internal control.
    [GeneratedRegex(@"政府投资|财政资金|财政性资金|国有资金|专项资金|预算资金|政策措施|规范性文件|公文")]
    private static partial Regex PublicFunds();

    // Consent of consumers, owners or village assemblies is a civil or self-governance matter, not a permit.
    [GeneratedRegex(@"消费者|业主|村民|居民会议|当事人|监护人|本人|权利人|所有权人|双方|股东|职工代表大会")]
    private static partial Regex PrivateConsent();

    [GeneratedRegex(@"^[^。；]{0,6}(?:拨付|列支|支付|兑现|下达|报销|动用|开支|享受|领取|申领|给予|发放补|使用[^，。；]{0,4}资金)")]
    private static partial Regex InternalOrBenefit();
}
