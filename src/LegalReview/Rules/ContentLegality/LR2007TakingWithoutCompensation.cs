using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2007: taking or requisitioning non-state property is a matter for law alone and needs fair compensation; a
/// normative document may not provide 无偿收回, 征用, 收归国有/集体 or 不予补偿.
/// </summary>
[ReviewRule("LR2007", RuleCategory.Fee, FindingSeverity.Error, "违法设定征收征用或无偿收回财产",
    Description = "对非国有财产的征收、征用只能由法律规定，并应当依照法律规定的权限和程序给予公平、合理的补偿。规范性文件规定“无偿收回”“予以征用”“收归国有（集体）”“不予补偿”等的，减损了公民、法人和其他组织的财产权利；法律、行政法规已明确不予补偿的情形（如违法建筑、闲置土地）除外。",
    Suggestion = "删除征收、征用、无偿收回或不予补偿的规定；确需收回或征收的，依照《中华人民共和国土地管理法》《国有土地上房屋征收与补偿条例》等法律、法规规定的程序办理并依法补偿。",
    OffendingExample = "逾期未完成整改的养殖场，其用地由村集体无偿收回，地上附着物不予补偿。",
    CompliantExample = "认定为违法建筑和超过批准期限的临时建筑的，不予补偿。")]
[LegalBasis("《中华人民共和国立法法》第十一条")]
[LegalBasis("《中华人民共和国民法典》第一百一十七条", Verified = false)]
[LegalBasis("《中华人民共和国民法典》第二百四十三条", Verified = false)]
internal sealed partial class LR2007TakingWithoutCompensation : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        for (var m = Taking().Match(text); m.Success; m = m.NextMatch())
        {
            if (StatutoryNoCompensation().IsMatch(clauses.Sentence(m.Index, m.Length)))
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            context.ReportCreated(provision, m, $"“{quote}”处分了公民、法人或者其他组织的财产而未依法给予补偿。征收、征用非国有财产只能由法律规定，并应当给予公平、合理的补偿。", null);
        }
    }

    [GeneratedRegex(@"无偿(?:收回|收归|征用|占用|调用|调拨|划转|拆除)|(?:予以|一律)(?:征收|征用)|征用(?:其)?[^，。；\n]{0,8}?(?:车辆|房屋|场地|设备|物资|土地|船舶)|收归(?:国有|集体|村集体|政府|公有)|(?:不予|不作|不给予|不进行)(?:任何)?(?:补偿|赔偿)|没收归公")]
    private static partial Regex Taking();

    // Cases where a law or regulation itself denies compensation or allows recovery without it.
    [GeneratedRegex(@"违法建筑|违章建筑|违法建设|超过批准期限的临时建筑|抢建|抢种|抢栽|抢装|闲置土地|闲置满两年")]
    private static partial Regex StatutoryNoCompensation();
}
