using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Authority;

/// <summary>
/// LR1003: a document issued by one department alone must not give orders to lower-level governments or assign
/// duties to other departments; that needs joint issuance or the government's approval.
/// </summary>
[ReviewRule("LR1003", RuleCategory.Authority, FindingSeverity.Warning, "部门文件向下级政府或其他部门设定职责",
    Description = "人民政府领导所属各工作部门和下级人民政府的工作；政府部门不得向下级人民政府发布指令性公文，也无权为同级其他部门设定职责。部门单独制发的文件要求乡镇人民政府或其他部门“应当”“必须”“负责”某项工作的，超出了制定机关的职权，除非文件经本级人民政府同意或由相关部门联合制发。",
    Suggestion = "涉及其他部门或下级人民政府的职责，应当报请本级人民政府同意后以政府（办公室）名义制发，或者与相关部门联合制发；部门文件只规定本部门的职责，或写明其他部门“按照各自职责”开展工作。",
    OffendingExample = "（县农业农村局单独制发）各乡镇人民政府必须在每年3月底前完成摸底登记；县财政局负责保障工作经费。",
    CompliantExample = "（县农业农村局单独制发）县农业农村局负责组织实施；县财政局等部门按照各自职责做好相关工作。")]
[LegalBasis("《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第七十三条")]
[LegalBasis("《党政机关公文处理工作条例》第十六条", Verified = false)]
internal sealed partial class LR1003DepartmentDirectingOthers : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var doc = context.Document;

        // Whether the rule applies at all depends on the issuers and on the whole text: decided once per document.
        var issuers = context.DocumentFact("issuers", d =>
        {
            var normalized = d.Issuers.Select(TextNormalizer.Normalize).ToArray();
            return normalized.Length == 0 || !normalized.All(IsDepartment) || GovernmentApproved().IsMatch(d.NormalizedText) ? [] : normalized;
        });
        if (issuers.Length == 0)
        {
            return;
        }

        var text = context.Normalized(provision);
        if (!Directive().IsMatch(text))
        {
            return;
        }

        for (var m = Directive().Match(text); m.Success; m = m.NextMatch())
        {
            var after = text[(m.Index + m.Length)..];
            if (AccordingToOwnDuties().IsMatch(m.Value) || AccordingToOwnDuties().IsMatch(after.Length > 12 ? after[..12] : after))
            {
                continue;
            }

            var others = m.Groups["body"].Captures.Select(c => c.Value).Where(b => !issuers.Any(i => SameBody(i, b))).ToArray();
            if (others.Length == 0)
            {
                continue;
            }

            var quote = provision.Text.Substring(m.Index, m.Length);
            context.Report(provision, m, $"本文件由“{string.Join("、", doc.Issuers)}”单独制发，却以“{quote}”的表述为{string.Join("、", others)}设定职责。部门无权向下级人民政府发布指令，也无权为其他部门设定职责。");
        }
    }

    private static bool IsDepartment(string issuer) =>
        Department().IsMatch(issuer) && !Government().IsMatch(issuer);

    // Abbreviations differ ("市场监管局" / "市场监督管理局"), so two bodies count as the same when the names after
    // the place name start alike.
    private static bool SameBody(string issuer, string body)
    {
        var a = Core(issuer);
        var b = Core(body);
        return a.Length >= 2 && b.Length >= 2 && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal) || a[..2] == b[..2]);
    }

    private static string Core(string name)
    {
        var m = PlacePrefix().Match(name);
        return m.Success ? name[(m.Index + m.Length)..] : name;
    }

    [GeneratedRegex(@"(?:局|委员会|委|厅|署|办公室|办)$")]
    private static partial Regex Department();

    [GeneratedRegex(@"人民政府$|政府$|人民政府办公室$|政府办公室$|政府办$|管理委员会$|管委会$")]
    private static partial Regex Government();

    [GeneratedRegex(@"^[^县区旗]*?[县区旗]|^[^市]*?市")]
    private static partial Regex PlacePrefix();

    [GeneratedRegex(@"经(?:[县区市旗]|本级)?(?:人民)?政府(?:同意|批准)")]
    private static partial Regex GovernmentApproved();

    [GeneratedRegex(@"按照各自职责|按各自职责|按照职责分工|根据职责分工|依照职责|依据职责|按照职责|依职责|依法|各司其职|在各自职责范围内")]
    private static partial Regex AccordingToOwnDuties();

    [GeneratedRegex(@"(?<=^|[，。；：\n]|由)(?<body>各(?:乡镇|乡（镇）|乡、镇|镇|乡|街道|县（市、区）|县（区）|县区|区县)(?:人民政府|政府)?(?:（[^（）]{1,12}）)?|[\p{IsCJKUnifiedIdeographs}]{1,8}?(?:乡|镇)人民政府|(?:县|区|市|旗)[\p{IsCJKUnifiedIdeographs}]{1,14}?(?:局|委员会|委))(?:[、和及与](?<body>各?(?:街道办事处|街道)|(?:县|区|市|旗)?[\p{IsCJKUnifiedIdeographs}]{1,14}?(?:局|委员会|委)))*(?:要|应当|应|必须|须|务必|负责|牵头|配合)")]
    private static partial Regex Directive();
}
