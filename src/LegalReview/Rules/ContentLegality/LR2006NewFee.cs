using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2006: a normative document may not create fees, funds, deposits, guarantee money or apportionments payable by
/// citizens or enterprises; each needs a law or administrative regulation or State Council approval.
/// </summary>
[ReviewRule("LR2006", RuleCategory.Fee, FindingSeverity.Error, "违法设定收费、基金、保证金或摊派",
    Description = "设立政府性基金、涉企行政事业性收费、涉企保证金，应当有法律、行政法规依据或者经国务院批准，并实行目录清单管理；行政机关实施行政许可和对许可事项进行监督检查不得收取任何费用，法律、行政法规另有规定的除外。规范性文件不得自行规定收取服务费、管理费、押金、保证金、风险抵押金，不得提取基金或者以捐赠、赞助等名义摊派。",
    Suggestion = "删除该收费、基金、保证金或摊派；属于法定收费的，写明所依据的法律、行政法规条款和经批准的收费标准，并核对是否列入收费目录清单。",
    OffendingExample = "入驻农贸市场的经营户应当缴纳5000元履约风险保证金。",
    CompliantExample = "不动产登记费按照国家规定的收费标准收取，对小微企业免收。")]
[LegalBasis("《优化营商环境条例》第二十五条")]
[LegalBasis("《中华人民共和国行政许可法》第五十八条")]
[LegalBasis("《中华人民共和国行政许可法》第五十九条")]
[LegalBasis("国办发〔2018〕115号", Verified = false)]
internal sealed partial class LR2006NewFee : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Fee().Match(text); m.Success; m = m.NextMatch())
        {
            var sentence = clauses.Sentence(m.Index, m.Length);
            if (LawfulCharge().IsMatch(m.Value)
                || StatedStatutoryBasis().IsMatch(sentence) || GovernmentPays().IsMatch(sentence) || Contract().IsMatch(sentence))
            {
                continue;
            }

            // A private operator charging its customers is a pricing matter (LR3013), not a fee the document creates.
            if (m.Groups["collect"].Success && PrivateCollector().IsMatch(clauses.SegmentBefore(m.Index)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            context.ReportCreated(provision, m, $"“{quote}”要求公民、企业缴纳费用或资金，规范性文件无权设定收费、基金、保证金或摊派。", null);
        }
    }

    [GeneratedRegex(@"(?:(?<collect>收取|加收|征收|代收)|缴纳|交纳|缴存|预交|预缴|上缴|提取|计提|交存)[^，。；\n]{0,15}?(?:服务费|管理费|手续费|工本费|押金|保证金|风险抵押金|抵押金|基金|赞助费|费用|费)|(?:捐赠|捐款|赞助|集资)(?:[^，。；\n]{0,6}?(?:不低于|不少于|按照|按)[^，。；\n]{0,10}?(?:元|%|比例))|摊派|按[^，。；\n]{0,12}?的?[0-9.]+%(?:提取|计提|缴纳|上缴)")]
    private static partial Regex Fee();

    // Utilities, market prices, social insurance and the four statutory deposits are not fees the document creates.
    [GeneratedRegex(@"水费|电费|燃气费|热费|物业费|物业服务费|租金|房租|学费|保险费|公积金|通讯费|餐费|停车费|投标保证金|履约保证金|工程质量保证金|农民工工资保证金|滞纳金|税")]
    private static partial Regex LawfulCharge();

    [GeneratedRegex(@"国家规定的(?:收费)?标准|国家和省规定|经[^，。；]{0,12}?价格主管部门(?:核定|批准)|收费目录清单|行政事业性收费目录|政府定价")]
    private static partial Regex StatedStatutoryBasis();

    [GeneratedRegex(@"(?:财政|政府|本级预算)[^，。；]{0,8}?(?:为|代|承担|补助|补贴|统一)")]
    private static partial Regex GovernmentPays();

    // In a contract both sides agree; a deposit set by the parties is a civil matter.
    [GeneratedRegex(@"甲方|乙方|双方约定|合同约定|协议约定")]
    private static partial Regex Contract();

    [GeneratedRegex(@"经营者|企业|商户|物业服务|服务机构|中介机构|机构|公司|供水单位|供电单位|银行")]
    private static partial Regex PrivateCollector();
}
