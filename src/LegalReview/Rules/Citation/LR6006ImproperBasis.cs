using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Citation;

/// <summary>LR6006: names meeting minutes, a leader's speech or instruction, or an internal plan as the basis for making the document.</summary>
[ReviewRule("LR6006", RuleCategory.Citation, FindingSeverity.Warning, "以会议纪要、领导讲话、内部方案等作为制定依据",
    Description = "规范性文件应当以法律、法规、规章和上级机关的决定、命令为制定依据。会议纪要、领导讲话或者批示、机关内部工作方案不是对外具有约束力的依据，不能作为设定公民、法人和其他组织权利义务的根据。",
    Suggestion = "删除以会议纪要、领导讲话、内部方案为依据的表述，改为列明所依据的法律、法规、规章或者上级文件的名称和条款。",
    OffendingExample = "根据县政府常务会议纪要精神，制定本办法。",
    CompliantExample = "根据《中华人民共和国城乡规划法》等法律、法规，结合本县实际，制定本办法。")]
[LegalBasis("《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第七十三条第一项")]
[LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
internal sealed partial class LR6006ImproperBasis : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var text = context.Normalized(provision);
        for (var m = ImproperBasis().Match(text); m.Success; m = m.NextMatch())
        {
            var rest = text[(m.Index + m.Length)..];
            var end = rest.IndexOfAny(['。', '；', '\n']);
            if (!MakesDocument().IsMatch(end < 0 ? rest : rest[..end]))
            {
                continue;
            }

            var what = m.Groups["what"].Value;
            context.Report(provision, m.Groups["what"].Index, what.Length,
                $"以“{provision.Text.Substring(m.Groups["what"].Index, what.Length)}”作为制定依据。会议纪要、领导讲话或者批示、内部方案不是规范性文件的合法依据。");
        }
    }

    [GeneratedRegex(@"(?:根据|依据|按照|依照|遵照|贯彻落实|贯彻|落实)[^，。；《》]{0,25}?(?<what>(?:常务会议|常委会议|专题会议|办公会议|协调会议|会议)?纪要(?:精神|要求)?|会议精神|(?:主要)?领导(?:同志)?(?:的)?(?:讲话|批示|指示)(?:精神|要求)?|讲话(?:精神|要求)|批示(?:精神|要求)|内部(?:工作)?方案|(?:本|我)(?:局|委|办|单位|部门)[^，。；《》]{0,10}?(?:内部)?(?:工作)?方案)")]
    private static partial Regex ImproperBasis();

    /// <summary>The basis is claimed for making this document, not merely mentioned.</summary>
    [GeneratedRegex(@"制定本|特制定|制定如下|现就|通知如下|规定如下|结合本|结合实际|结合我|特印发|现印发|制定")]
    private static partial Regex MakesDocument();
}
