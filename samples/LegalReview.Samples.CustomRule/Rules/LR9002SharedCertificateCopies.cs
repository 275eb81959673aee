using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace Jinjiang.LegalReview.Rules;

/// <summary>
/// LR9002: a draft may not make applicants hand in copies of certificates the administration can obtain by data
/// sharing (营业执照、身份证、户口簿). The rule uses the library's clause toolkit: the "must" words come from
/// <see cref="Lexicon"/>, and <see cref="ReviewContext.ReportCreated"/> reports only a requirement the draft itself
/// creates, not one it forbids ("不得要求申请人提交营业执照复印件") or mentions.
/// </summary>
[ReviewRule("LR9002", RuleCategory.Rights, FindingSeverity.Warning, "要求提交可共享获取的证照复印件",
    Description = "可以通过政务数据共享获取的营业执照、身份证、户口簿等证照，不得要求申请人另行提交复印件。",
    Suggestion = "删除提交复印件的要求，改为通过政务数据共享平台核验。",
    OffendingExample = "申请人应当提交营业执照复印件。",
    CompliantExample = "不得要求申请人提交营业执照复印件，由受理窗口通过共享平台核验。")]
[LegalBasis("《优化营商环境条例》第三十七条")]
public sealed partial class LR9002SharedCertificateCopies : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        for (var m = CertificateCopy().Match(clauses.Text); m.Success; m = m.NextMatch())
        {
            context.ReportCreated(provision, m, $"条款要求提交“{m.Groups["what"].Value}”，该证照可以通过政务数据共享获取。", null);
        }
    }

    [GeneratedRegex(Lexicon.Must + @"[^，。；]{0,10}?(?:提交|提供|出具)[^，。；]{0,8}?(?<what>(?:营业执照|身份证|户口簿)(?:副本)?复印件)")]
    private static partial Regex CertificateCopy();
}
