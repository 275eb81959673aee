using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2010: the domains, criteria and measures of 失信惩戒 may be set only by law, regulation or central policy;
/// a county document may not create blacklists, joint punishment, credit deductions or public exposure.
/// </summary>
[ReviewRule("LR2010", RuleCategory.Rights, FindingSeverity.Error, "违法设定失信惩戒或黑名单",
    Description = "将特定行为列入公共信用信息记录、严重失信主体名单和实施失信惩戒，应当以法律、法规或者党中央、国务院政策文件为依据，严格依照法定的认定标准和程序；不得擅自扩大失信行为认定范围、设立“黑名单”、实施联合惩戒或者以“曝光”等方式加重惩戒。",
    Suggestion = "删除自行设立的黑名单、信用扣分、联合惩戒和曝光措施；确有依据的，写明所依据的法律、法规或者中央政策文件及其具体条款，并依法履行告知、异议和信用修复程序。",
    OffendingExample = "对拖欠保洁费的商户，纳入县商户诚信黑名单，并在县电视台予以曝光。",
    CompliantExample = "县市场监督管理局依照《企业信息公示暂行条例》第十七条的规定，将符合条件的企业列入严重违法失信名单。")]
[LegalBasis("国办发〔2020〕49号", Verified = false)]
internal sealed partial class LR2010CreditPunishment : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        // 党中央、国务院 policy documents are themselves the basis this rule asks a local document for.
        if (context.DocumentProfile.IssuerLevel == IssuerLevel.Central)
        {
            return;
        }

        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Credit().Match(text); m.Success; m = m.NextMatch())
        {
            if (Guarded().IsMatch(clauses.SentenceBefore(m.Index))
                || NationalBasis().IsMatch(clauses.Sentence(m.Index, m.Length)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            context.ReportCreated(provision, m, $"“{quote}”设定了失信惩戒措施，而失信惩戒的范围、标准和措施只能由法律、法规或者党中央、国务院政策文件规定。", null);
        }
    }

    // The court's 失信被执行人名单 is created by law; a clause that refers to it does not create a new list.
    [GeneratedRegex(@"(?:纳入|列入|记入|录入|计入|建立)[^，。；\n]{0,12}?(?:黑名单|(?<!被执行人)失信(?!被执行人)[^，。；\n]{0,6}?名单|不良(?:信用)?记录|失信记录)|黑名单(?:制度|管理)|(?:联合|失信)惩戒|信用扣分|扣减(?:其)?信用(?:分|积分)|(?:予以|向社会|公开|通过媒体|在[^，。；\n]{1,12}?(?:上|予以))曝光")]
    private static partial Regex Credit();

    // Central rules on credit (国办发〔2020〕49号 and the lists it authorises) are the basis this rule asks for.
    [GeneratedRegex(@"(?:按照|依照|根据|依据)国家(?:和省)?(?:有关)?规定")]
    private static partial Regex NationalBasis();

    // Wording that stresses restraint ("严禁擅自", "不得随意") addresses the administration.
    [GeneratedRegex(@"严禁|不得(?:擅自|随意)|防止|避免|杜绝")]
    private static partial Regex Guarded();
}
