using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Authority;

/// <summary>
/// LR1006: the body that interprets a normative document is the organ that made it; an internal division (司、处、科、
/// 股), a coordination body, a company or an association named as the one that "负责解释" is not an administrative organ.
/// And a local government's normative document is the act of administrative organs: a court, a procuratorate or a
/// party body listed as a joint issuer makes it something else.
/// </summary>
[ReviewRule("LR1006", RuleCategory.Authority, FindingSeverity.Warning, "解释机关或联合发文机关不是行政机关",
    Description = "规范性文件的解释权属于制定机关。以制定机关的内设机构（司、处、科、股等）、议事协调机构或者企业、协会等作为“负责解释”的机关，解释主体不适格。地方行政规范性文件由行政机关制定，人民法院是国家的审判机关，人民检察院是国家的法律监督机关，党的工作机关也不是行政机关，与其联合制发的文件不属于行政规范性文件的制定权限范围，应当区分文件性质，分别按规定程序办理。",
    Suggestion = "解释条款写明由制定机关负责解释（如“本办法由县商务局负责解释”），具体工作可由其内设机构承办；需要与审判、检察机关或者党的工作机关共同部署的事项，由行政机关就其职权范围单独制发规范性文件，或者按照党内规范性文件、司法文件的程序另行办理。",
    OffendingExample = "第二十条 本办法由县商务局市场建设科负责解释。",
    CompliantExample = "第二十条 本办法由县商务局负责解释。")]
[LegalBasis("《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第七十五条")]
[LegalBasis("《中华人民共和国人民法院组织法》第二条")]
[LegalBasis("《中华人民共和国人民检察院组织法》第二条")]
internal sealed partial class LR1006InterpreterOrCoIssuerNotAdministrative : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        foreach (var provision in doc.AllProvisions)
        {
            if (provision.Text.Length == 0 || provision.Kind is ProvisionKind.Chapter or ProvisionKind.Section)
            {
                continue;
            }

            var text = context.Normalized(provision);
            for (var m = Interpretation().Match(text); m.Success; m = m.NextMatch())
            {
                var bodies = m.Groups["bodies"];
                var offset = bodies.Index;
                foreach (var body in Joiner().Split(bodies.Value))
                {
                    var at = text.IndexOf(body, offset, StringComparison.Ordinal);
                    offset = at + body.Length;
                    if (body.Length == 0 || Classify(body) is not { } reason)
                    {
                        continue;
                    }

                    context.Report(provision, at, body.Length, $"负责解释的“{provision.Text.Substring(at, body.Length)}”是{reason}，不是规范性文件的制定机关；解释权属于制定机关。");
                }
            }
        }

        // Joint issuers: only a local document is judged; central joint documents (国务院办公厅、中央军委办公厅) are
        // outside this rule.
        if (doc.Issuers.Count < 2 || !doc.Issuers.Any(i => Government().IsMatch(i) && !NonAdministrativeOrgan().IsMatch(i)) || CentralIssuer.Issued(doc))
        {
            return;
        }

        foreach (var issuer in doc.Issuers)
        {
            if (NonAdministrativeOrgan().Match(issuer) is not { Success: true } n)
            {
                continue;
            }

            var i = doc.Text.IndexOf(issuer, StringComparison.Ordinal);
            if (i >= 0)
            {
                context.Report(doc.SpanAt(i, issuer.Length), $"联合发文机关“{issuer}”是{Describe(n.Value)}，不是行政机关；地方行政规范性文件应当由行政机关在其职权范围内制发。");
            }
        }
    }

    private static string? Classify(string body)
    {
        if (Coordination().IsMatch(body))
        {
            return "议事协调机构或者临时机构";
        }

        if (NonAdministrativeBody().IsMatch(body))
        {
            return "企业或者社会团体";
        }

        if (NonAdministrativeOrgan().Match(body) is { Success: true } n)
        {
            return Describe(n.Value);
        }

        return InternalDivision().IsMatch(body) ? "行政机关的内设机构" : null;
    }

    private static string Describe(string organ) => organ switch
    {
        _ when organ.Contains("法院", StringComparison.Ordinal) => "审判机关",
        _ when organ.Contains("检察院", StringComparison.Ordinal) => "法律监督机关",
        _ => "党的机关",
    };

    // "本办法由县商务局（会同县财政局）负责解释": the bodies between 由 and 负责解释.
    [GeneratedRegex(@"由(?<bodies>[^，。；：\n]{2,40}?)负责(?:具体)?(?:解释|释义)")]
    private static partial Regex Interpretation();

    // 和 only after an organ's name ("县财政局和县商务局"), not inside one ("住房和城乡建设局").
    [GeneratedRegex(@"会同|、|(?<=局|委|厅|部|院|政府|办公室)(?:和|与|及)")]
    private static partial Regex Joiner();

    // A division named after its organ: 司 (not 公司), 处 (not 办事处), 科, 股.
    [GeneratedRegex(@"(?:部|局|委员会|委|厅|署|办|政府)\p{IsCJKUnifiedIdeographs}{1,12}?(?:(?<!公)司|(?<!办事)处|科|股|科室)$")]
    private static partial Regex InternalDivision();

    [GeneratedRegex(@"领导小组|工作小组|协调小组|指挥部|工作专班|联席会议|工作组")]
    private static partial Regex Coordination();

    [GeneratedRegex(@"公司$|集团$|协会$|商会$|学会$")]
    private static partial Regex NonAdministrativeBody();

    [GeneratedRegex(@"人民法院|人民检察院|(?:中共|中国共产党)?\p{IsCJKUnifiedIdeographs}{0,10}?(?:委员会|[省市县区州旗]委)?(?:组织部|宣传部|统战部|统一战线工作部|政法委员会|政法委|纪律检查委员会|纪委)|^中共\p{IsCJKUnifiedIdeographs}{1,10}?[省市县区州旗]委(?:员会)?$")]
    private static partial Regex NonAdministrativeOrgan();

    [GeneratedRegex(@"人民政府|局$|委员会$|厅$|办公室$")]
    private static partial Regex Government();
}
