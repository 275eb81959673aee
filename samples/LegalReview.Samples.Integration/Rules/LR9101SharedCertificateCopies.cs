using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace Jinjiang.CaseSystem.Rules;

/// <summary>
/// LR9101: the city's licences are shared as electronic certificates (电子证照), so a clause that asks applicants for
/// a copy of a business licence or identity card asks for what the department can fetch itself.
/// </summary>
[ReviewRule("LR9101", RuleCategory.Rights, FindingSeverity.Info, "要求提交可共享获取的证照复印件",
    Description = "营业执照、身份证等证照已纳入电子证照共享服务系统，行政机关能够通过共享获取的，不得要求申请人重复提供。规范性文件要求申请人提交此类证照复印件的，应当改为通过共享核验。",
    Suggestion = "删去提交证照复印件的要求，改为“由受理部门通过电子证照共享服务系统核验”。",
    OffendingExample = "申请人应当提交营业执照复印件。",
    CompliantExample = "申请人的营业执照由受理部门通过电子证照共享服务系统核验。")]
[LegalBasis("《优化营商环境条例》第三十七条")]
[LegalBasis("《市场主体登记管理条例》第十六条")]
public sealed partial class LR9101SharedCertificateCopies : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        foreach (Match m in CertificateCopy().Matches(context.Normalized(provision)))
        {
            context.Report(provision, m, $"条款要求提交“{m.Value}”，该证照可以通过电子证照共享服务系统获取，不宜要求申请人重复提供。");
        }
    }

    [GeneratedRegex("(?:营业执照|身份证|居民身份证|统一社会信用代码证)(?:副本)?复印件")]
    private static partial Regex CertificateCopy();
}
