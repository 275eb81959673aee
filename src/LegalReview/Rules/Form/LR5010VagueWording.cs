using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>
/// LR5010: clauses that grant rights or impose obligations should be operable: "原则上", "视情况", "另行规定" (without
/// saying who decides and by when) and "按有关规定执行" leave the addressee guessing.
/// </summary>
[ReviewRule("LR5010", RuleCategory.Form, FindingSeverity.Info, "表述模糊、缺乏可操作性",
    Description = "规范性文件的内容应当明确、具体，具有可操作性。设定权利义务的条款中使用“原则上”“视情况”“另行规定”“按有关规定执行”等表述，使相对人无法确知其权利义务，也为选择性执法留下空间。“另行规定”写明由谁、在何时限内规定的，不作提示；不含权利义务内容的条款不作提示。",
    Suggestion = "写明具体的条件、标准、程序和例外情形；需要另行规定的，写明制定机关和期限；“有关规定”应当写明所指的具体规定。",
    OffendingExample = "申请人原则上应当在受理后10日内补齐材料。",
    CompliantExample = "申请人应当在受理后10日内补齐材料；因不可抗力不能按期补齐的，可以申请延期一次。")]
[LegalBasis("《规章制定程序条例》第八条（适用于规章，参照）", Verified = false)]
[LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
internal sealed partial class LR5010VagueWording : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var text = context.Normalized(provision);
        if (!Obligation().IsMatch(text))
        {
            return;
        }

        for (var m = Vague().Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Value == "另行规定" && NamesWhoAndWhen(text, m.Index))
            {
                continue;
            }

            if (m.Value == "原则上" && StatedException().IsMatch(text, m.Index + m.Length))
            {
                continue;
            }

            var why = m.Value switch
            {
                "原则上" => "“原则上”未说明例外的条件和程序，权利义务的边界不确定",
                "另行规定" => "“另行规定”未写明由哪一机关、在何时限内规定",
                _ when m.Value.StartsWith('视') => $"“{m.Value}”未说明据以判断的条件和标准",
                _ => $"“{m.Value}”未写明所依据的具体规定",
            };
            context.Report(provision, m, $"设定权利义务的条款中，{why}。");
        }
    }

    private static bool NamesWhoAndWhen(string text, int at)
    {
        var before = text[..at];
        var sentenceStart = Math.Max(before.LastIndexOf('。'), before.LastIndexOf('；')) + 1;
        var sentence = before[sentenceStart..];
        return Who().IsMatch(sentence) && When().IsMatch(sentence);
    }

    [GeneratedRegex(@"应当|必须|不得|须|可以|有权|予以|给予|享受|负责|禁止|申请")]
    private static partial Regex Obligation();

    [GeneratedRegex(@"原则上|视具体情况|视情况|另行规定|按(?:照)?有关规定(?:执行|办理)")]
    private static partial Regex Vague();

    // "原则上……；必要时经市发展改革委批准，可以……": the exception and who allows it are stated.
    [GeneratedRegex(@"(?:必要时|确需|特殊情况下)[^。；]{0,40}经[^，。；]{1,40}(?:批准|同意)|经[^，。；]{1,40}(?:批准|同意)[^。；]{0,10}(?:可以|可)")]
    private static partial Regex StatedException();

    [GeneratedRegex(@"由[^，。；]{0,20}(?:人民政府|政府|局|委员会|委|办公室|厅|部门|中心)")]
    private static partial Regex Who();

    [GeneratedRegex(@"[0-9一二三四五六七八九十]+(?:个)?(?:日|个月|月|年)内|[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:前|之前|以前)|年底前|年内")]
    private static partial Regex When();
}
