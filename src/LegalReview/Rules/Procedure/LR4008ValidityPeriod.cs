using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4008: the document must state a validity period (有效期) no longer than the profile's cap (5 years; 2 years
/// for 暂行/试行 documents).
/// </summary>
[ReviewRule("LR4008", RuleCategory.Procedure, FindingSeverity.Warning, "有效期缺失或超过上限",
    Description = "规范性文件应当在附则中规定有效期。有效期一般不超过5年；名称冠以“暂行”“试行”的，有效期一般不超过2年（各地规定不一，以审查配置为准）。",
    Suggestion = "在附则中写明有效期，例如“有效期5年”或“有效期至2030年2月28日”；暂行、试行文件不超过2年。",
    OffendingExample = "本办法自2025年3月1日起施行，有效期10年。",
    CompliantExample = "本办法自2025年3月1日起施行，有效期5年。")]
[LegalBasis("国办发〔2018〕37号（建立行政规范性文件动态清理机制；5年、暂行或者试行2年的上限见于各地规定，以审查配置为准）", Verified = false)]
internal sealed class LR4008ValidityPeriod : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        if (!context.DocumentProfile.ProcedureApplies)
        {
            // LR4007 gives an out-of-scope or incomplete text its one note; a central document follows its own rules.
            return;
        }

        var provisional = doc.Kind.IsProvisional;
        var cap = provisional ? context.Profile.ProvisionalValidityCapYears : context.Profile.ValidityCapYears;
        var strict = context.Profile.StrictValidity ? FindingSeverity.Error : (FindingSeverity?)null;
        var kindText = provisional ? "暂行、试行文件" : "规范性文件";
        if (doc.Validity is not { } validity)
        {
            var at = doc.EffectiveDate?.Span ?? doc.Body.TitleSpan ?? doc.TitleSpan ?? doc.SpanAt(0, Math.Min(doc.Text.Length, 10));
            context.Report(at, "文件未规定有效期。", $"在附则中写明有效期（{kindText}一般不超过{cap}年）。", strict);
            return;
        }

        if (validity.Years is { } years && years > cap)
        {
            context.Report(validity.Span, $"有效期{years}年，超过{kindText}{cap}年的上限。", $"将有效期缩短至不超过{cap}年。", strict);
            return;
        }

        if (validity.Until is { } until)
        {
            var effective = doc.EffectiveDate?.Resolve(doc.IssueDate?.Value) ?? doc.IssueDate?.Value;
            if (effective is { } e && until.Value > e.AddYears(cap).AddDays(-1))
            {
                context.Report(validity.Span, $"有效期至{until.Original}，自施行之日（{DocumentDate.FormatStandard(e)}）起超过{kindText}{cap}年的上限。", $"有效期不应晚于{DocumentDate.FormatStandard(e.AddYears(cap).AddDays(-1))}。", strict);
            }
            else if (effective is { } e2 && until.Value < e2)
            {
                context.Report(validity.Span, $"有效期届满日（{until.Original}）早于施行日期（{DocumentDate.FormatStandard(e2)}）。", "核对有效期届满日期。", strict);
            }
        }
    }
}
