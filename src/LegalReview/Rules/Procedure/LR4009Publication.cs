using LegalReview.Review;

namespace LegalReview.Rules.Procedure;

/// <summary>
/// LR4009: the document must be published (an unpublished text cannot be a basis of administration), within the
/// profile's working days after signing, and registered under the 三统一 system.
/// </summary>
[ReviewRule("LR4009", RuleCategory.Procedure, FindingSeverity.Warning, "未按时公布或未实行统一登记、统一编号、统一印发",
    Description = "规范性文件应当依法公布，未经公布的不得作为行政管理的依据；属于主动公开范围的政府信息，应当自形成或者变更之日起20个工作日内公开（以审查配置为准），工作日按国务院节假日安排计算，签发当日不计入；签发日期未提供时，以文件的成文日期计算。规范性文件应当实行统一登记、统一编号、统一印发。审查材料缺少相关事实时，仅以提示说明缺少哪一事实；未提供任何审查材料时，本规则不作报告。",
    Suggestion = "自签发之日起20个工作日内通过政府公报、政府网站等向社会公布，并按规定统一登记、统一编号、统一印发。",
    OffendingExample = "2025年3月5日签发，2025年5月10日才在政府网站公布。",
    CompliantExample = "2025年3月5日签发，统一编号为“晋政规〔2025〕1号”，3月12日在政府网站公布。",
    ExamplePlacement = ExamplePlacement.Metadata)]
[LegalBasis("《优化营商环境条例》第六十四条")]
[LegalBasis("《中华人民共和国政府信息公开条例》第二十六条")]
[LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
internal sealed class LR4009Publication : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        if (context.Metadata is not { } m)
        {
            return;
        }

        var doc = context.Document;
        var at = ProcedureFacts.Anchor(doc);
        var missing = new List<string>();
        var signed = m.SignedDate ?? doc.IssueDate?.Value;
        var signedWhat = m.SignedDate is null ? "成文" : "签发";
        if (signed is null)
        {
            missing.Add("签发日期");
        }

        if (m.PublicationDate is null)
        {
            missing.Add("公布日期");
        }

        if (signed is { } s && m.PublicationDate is { } published)
        {
            var limit = context.Profile.PublicationWorkingDays;
            var deadline = context.Calendar.AddWorkingDays(s, limit).DueOn;
            if (published > deadline)
            {
                context.Report(at, $"文件于{ProcedureFacts.Format(s)}{signedWhat}，{ProcedureFacts.Format(published)}才公布，超过{limit}个工作日（最迟应于{ProcedureFacts.Format(deadline)}公布）{ProcedureFacts.CalendarNote(context, s, deadline)}。", $"自{signedWhat}之日起{limit}个工作日内公布。");
            }
            else if (published < s)
            {
                context.Report(at, $"公布日期（{ProcedureFacts.Format(published)}）早于{signedWhat}日期（{ProcedureFacts.Format(s)}），记录有误。", "核对签发日期和公布日期。");
            }
        }

        if (m.UnifiedRegistration == false)
        {
            context.Report(at, "文件未实行统一登记、统一编号、统一印发。", "按规定进行统一登记、统一编号后统一印发。");
        }
        else if (m.UnifiedRegistration is null)
        {
            missing.Add("统一登记编号情况");
        }

        ProcedureFacts.ReportMissing(context, missing, "文件是否依法按时公布并统一登记、统一编号、统一印发");
    }
}
