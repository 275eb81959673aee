using System.Buffers;
using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;
using static LegalReview.Rules.FairCompetition.CompetitionLexicon;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3015: the country has one market-access negative list, and no region or department may compile another of a
/// market-access nature. A local document that compiles its own negative list, prohibited or restricted catalogue or
/// "不予准入名单" for entry or investment, or refuses filing, approval or entry because a project is on such a local
/// list, sets an entry restriction of its own. Citing or applying the national lists and catalogues as they are, lists
/// an upper law provides for (生态环境准入清单 …), credit lists and the government's own 权责清单 are something else, and
/// documents of the centre are left alone.
/// </summary>
[ReviewRule("LR3015", RuleCategory.Competition, FindingSeverity.Error, "另行制定市场准入性质的负面清单或者禁止、限制类目录",
    Description = "国家实行全国统一的市场准入负面清单制度，各地区、各部门不得另行制定市场准入性质的负面清单。地方规范性文件自行制定禁止或者限制经营者进入、投资的负面清单、禁止类或者限制类目录、不予准入名单，或者以这类本地清单、目录为由不予备案、审批、准入的，是在全国统一的清单之外另设市场准入限制。引用、执行全国统一的《市场准入负面清单》和国家产业目录，以及法律明确规定制定的生态环境准入清单等，不在此列。",
    Suggestion = "删除本地另行制定的负面清单或者禁止、限制类目录，以及以其为由不予准入、不予办理的规定；确需限制的，以全国统一的《市场准入负面清单》或者法律、行政法规的明确规定为依据，并写明具体条款。",
    OffendingExample = "县发展和改革局编制本县产业准入负面清单，报县人民政府批准后公布。",
    CompliantExample = "严格执行全国统一的《市场准入负面清单》，清单以外的行业、领域，各类经营者均可依法平等进入。")]
[LegalBasis("《优化营商环境条例》第二十条")]
[LegalBasis("《公平竞争审查条例》第八条第五项")]
internal sealed partial class LR3015LocalNegativeList : ProvisionRule
{
    private static readonly SearchValues<string> Keys = SearchValues.Create(["清单", "目录", "名单", "名录"], StringComparison.Ordinal);

    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        if (context.DocumentProfile.IsCentral || CentralIssuer.Issued(context.Document))
        {
            return;
        }

        var text = context.Normalized(provision);
        if (text.AsSpan().IndexOfAny(Keys) < 0)
        {
            return;
        }

        var clauses = context.Clauses(provision);
        if (clauses.UnderProhibitingLeadIn)
        {
            return;
        }

        List<(int Start, int End)>? taken = null;
        for (var m = Compiled().Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"].Value;
            var own = OwnListWords().IsMatch(name);
            // 实行、实施 name the national system ("实行市场准入负面清单制度") unless the list is called the issuer's own.
            if (m.Groups["verb"].Value is "实行" or "实施" or "推行" && !own)
            {
                continue;
            }

            if (!own && (NationalName().IsMatch(name) || NationalWords().IsMatch(clauses.SegmentBefore(m.Index))))
            {
                continue;
            }

            Report(provision, context, clauses, m, name, ref taken,
                $"“{Quote(provision, m)}”由本地另行制定禁止或者限制经营者进入、投资的清单或者目录。国家实行全国统一的市场准入负面清单制度，各地区、各部门不得另行制定市场准入性质的负面清单。");
        }

        for (var m = Declared().Match(text); m.Success; m = m.NextMatch())
        {
            Report(provision, context, clauses, m, m.Groups["name"].Value, ref taken,
                $"“{Quote(provision, m)}”是本地另行制定的禁止或者限制经营者进入、投资的清单或者目录。国家实行全国统一的市场准入负面清单制度，各地区、各部门不得另行制定市场准入性质的负面清单。");
        }

        for (var m = Applied().Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"].Value;
            if (!OwnListWords().IsMatch(name) && !RefusalList().IsMatch(name))
            {
                continue;
            }

            Report(provision, context, clauses, m, name, ref taken,
                $"“{Quote(provision, m)}”以本地自行制定的禁止或者限制类清单、目录为由不予准入或者不予办理，是在全国统一的市场准入负面清单之外另设准入限制。");
        }
    }

    private static void Report(Provision provision, ReviewContext context, ProvisionClauses clauses, Match m, string name, ref List<(int Start, int End)>? taken, string message)
    {
        var sentence = clauses.Sentence(m.Index, m.Length);
        if ((taken is not null && CompetitionFindings.Overlaps(taken, m.Index, m.Index + m.Length))
            || NationalWords().IsMatch(name)
            || ProvidedByLaw().IsMatch(sentence)
            || NotAboutEntry().IsMatch(name)
            || OtherLists().IsMatch(sentence)
            || !EntryWords().IsMatch(sentence)
            || UpperLawInvoked().IsMatch(sentence))
        {
            return;
        }

        if (context.ReportCreated(provision, m, message, null))
        {
            (taken ??= []).Add((m.Index, m.Index + m.Length));
        }
    }

    private static string Quote(Provision provision, Match m) => CompetitionFindings.Quote(provision, m);

    // A verb that makes or puts in force a list, then the list's name (possibly a 《》 title).
    [GeneratedRegex(@"(?<verb>研究制定|制定|编制|出台|发布|印发|建立|公布|确定|梳理|列出|形成|实行|实施|推行)(?:[^，。；：\n]{0,6}?)(?<name>《?[^，。；：、《》“”\n]{0,16}?" + BanList + ")》?")]
    private static partial Regex Compiled();

    // The issuer's own list stated as being set out here or by whom it is made: "本县禁止类产业目录（见附件）".
    [GeneratedRegex(@"(?<name>" + OwnList + @"[^，。；：、《》“”\n]{0,12}?" + BanList + @")》?(?:（(?:详见|见)?附件[^）]{0,6}）|详见附件|见附件|附后|如下|由[^，。；\n]{0,12}?(?:制定|编制|发布|公布|确定))")]
    private static partial Regex Declared();

    // A project or operator on a list, then a refusal of filing, approval, entry or land.
    [GeneratedRegex(@"(?:列入|纳入|属于|列为|进入|在)(?<name>[^，。；：\n]{0,16}?" + BanList + @")[^。；\n]{0,24}?(?:不予|一律不|禁止|不得|严禁|不准|暂停|停止|不再)[^，。；\n]{0,4}?(?:备案|审批|核准|批准|办理|准入|进入|引进|落户|入驻|入园|供地|建设|投资|登记|招商|立项|受理|许可)")]
    private static partial Regex Applied();

    [GeneratedRegex(OwnList)]
    private static partial Regex OwnListWords();

    [GeneratedRegex(NationalList)]
    private static partial Regex NationalWords();

    [GeneratedRegex(ListProvidedByLaw)]
    private static partial Regex ProvidedByLaw();

    // The national list by its own name, without a territory: a local text that "制定" it is talking about the centre.
    [GeneratedRegex(@"市场准入负面清单|外商投资准入|准入特别管理措施")]
    private static partial Regex NationalName();

    // A list whose very name is a refusal of entry, which no national list bears.
    [GeneratedRegex(@"(?:不予|禁止)准入(?:的)?(?:企业|项目)?名单")]
    private static partial Regex RefusalList();

    // Lists about the government's own conduct or spending, or about conduct rather than entry.
    [GeneratedRegex(@"政府购买|政府投资|财政|资金|执法|监管|检查|权责|权力|责任|职责|考核|收费|处罚|免罚|不罚|行为|作风|纪律|干部|公务|事项|容缺|承诺|采购|招标|用语|广告")]
    private static partial Regex NotAboutEntry();

    // Credit lists and the government's lists of powers and duties.
    [GeneratedRegex(@"失信|信用|黑名单|严重违法|经营异常|权责清单|权力清单|责任清单")]
    private static partial Regex OtherLists();

    // What makes a list one of market entry or investment.
    [GeneratedRegex(@"准入|产业|投资|项目|招商|引进|行业|市场|进入|落户|入驻|入园|经营|业态|企业|经营者|市场主体|备案|核准|供地")]
    private static partial Regex EntryWords();

    // The ban rests on an upper law named in the sentence: "依据《中华人民共和国长江保护法》…".
    [GeneratedRegex(@"(?:依据|根据|按照|依照)《[^《》]{2,40}?(?:法|条例)》")]
    private static partial Regex UpperLawInvoked();
}
