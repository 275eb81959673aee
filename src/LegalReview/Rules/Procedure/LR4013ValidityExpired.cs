using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4013: a document whose 有效期 ended before the review date has lapsed. For a document under 清理 it is to be
/// declared lapsed or re-issued; for a draft it means the validity clause names a day already past. Reviewed with
/// procedure facts, LR4012 gives the same reminder, so this rule then stays silent.
/// </summary>
[ReviewRule("LR4013", RuleCategory.Procedure, FindingSeverity.Warning, "有效期已届满",
    Description = "规范性文件有效期届满的，自动失效，不得继续作为行政管理的依据。有效期届满日依文件的有效期条款计算：写明届满日期的，以该日期为准；写明年限的，自施行日期起算（施行日期依附于印发日期的，以成文日期计算）。审查日期在届满日之后的，清理时应当宣布失效或者予以废止，确需继续施行的，按制定程序重新制定印发；送审稿中的届满日期已经过去的，应当改正。提供审查材料时，由 LR4012 作同样的提示。",
    Suggestion = "清理中的文件：宣布失效或者予以废止，确需继续施行的，按程序重新制定印发。送审稿：改正有效期条款。",
    OffendingExample = "本办法自2019年3月1日起施行，有效期至2024年2月29日。",
    CompliantExample = "本办法自2025年3月1日起施行，有效期5年。")]
[LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
internal sealed class LR4013ValidityExpired : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        if (context.Metadata is not null || doc.Validity is not { } validity)
        {
            return;
        }

        var effective = doc.EffectiveDate?.Resolve(doc.IssueDate?.Value) ?? doc.IssueDate?.Value;
        if (validity.EndDate(effective) is { } end && end < context.Today)
        {
            context.Report(validity.Span, $"依有效期条款，文件有效期已于{DocumentDate.FormatStandard(end)}届满，早于审查日（{DocumentDate.FormatStandard(context.Today)}），文件已失效。");
        }
    }
}
