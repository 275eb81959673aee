using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// LR3004: entry or exit conditions that favour local, state-owned or large operators: local registration or tax
/// residence, local track record, ownership, registered capital, exit by approval.
/// </summary>
[ReviewRule("LR3004", RuleCategory.Competition, FindingSeverity.Error, "设置不合理或者歧视性的准入、退出条件",
    Description = "规范性文件不得以注册地、纳税地、所有制形式、注册资本、本地业绩等设置不合理或者歧视性的市场准入和退出条件，也不得为经营者退出市场设置审批。",
    Suggestion = "删除与经营能力无关或者针对外地、非公有制经营者的条件，改为对各类经营者一视同仁、与业务直接相关的条件；确有法律、行政法规依据的，写明具体条款。",
    OffendingExample = "申请入库的企业须在本县注册并纳税满3年。",
    CompliantExample = "申请入库的企业应当具备相应资质，具有独立承担民事责任的能力。")]
[LegalBasis("《公平竞争审查条例》第八条第四项")]
internal sealed partial class LR3004DiscriminatoryEntryConditions : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        CompetitionFindings.ReportMatches(provision, context, LocalRegistration(), (m, t) => IsEntryCondition(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以在本地注册、纳税作为准入条件，排斥外地经营者。");
        CompetitionFindings.ReportMatches(provision, context, LocalTrackRecord(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”要求经营者具有本地业绩或本地经历，对外地经营者构成歧视性准入条件。");
        CompetitionFindings.ReportMatches(provision, context, Ownership(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以所有制形式限定准入经营者，歧视非公有制经营者。");
        CompetitionFindings.ReportMatches(provision, context, Capital(), (m, t) => IsEntryCondition(t, m.Index),
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”以注册资本（资金）规模设置准入门槛；除法律、行政法规另有规定外，属于不合理的准入条件。");
        CompetitionFindings.ReportMatches(provision, context, ExitApproval(), null,
            (m, p) => $"“{CompetitionFindings.Quote(p, m)}”为经营者退出市场设置审批或同意程序，属于不合理的退出条件。");
    }

    /// <summary>Local registration in a sentence that sets a condition, and is not about tendering (LR3007) or a benefit (LR3006).</summary>
    private static bool IsEntryCondition(string text, int index)
    {
        var sentence = CompetitionFindings.SentenceAt(text, index).Sentence;
        var stated = text[index..].StartsWith("注册地", StringComparison.Ordinal) || ConditionWords().IsMatch(sentence);
        return stated && !ScopeWords().IsMatch(sentence)
            && !CompetitionFindings.IsAboutProcurement(text, index) && !CompetitionFindings.IsAboutBenefit(text, index);
    }

    [GeneratedRegex(CompetitionLexicon.LocalRegistration)]
    private static partial Regex LocalRegistration();

    [GeneratedRegex(@"须|需|必须|应当|要求|限于|仅限|只限|限制为|限定为|限为|方可|才能|才可|准入|入库|入围|名录|资格|条件|原则上")]
    private static partial Regex ConditionWords();

    [GeneratedRegex(@"适用于|所称|统计范围")]
    private static partial Regex ScopeWords();

    [GeneratedRegex(CompetitionLexicon.Local + @"(?:的)?(?:工程|项目|施工|服务)?业绩|业绩[^。；]{0,30}?在[^，。；]{1,10}?(?:省|市|县|区|自治区)(?:内|境内)?(?:承担|完成|实施)|(?:具有|具备|有)[^，。；]{0,12}?在[^，。；]{1,10}?(?:省|市|县|区|自治区)(?:内|境内)?[^，。；]{0,6}?(?:进行|承担|完成|实施|落地)过|(?:至少|须|需|必须)[^，。；]{0,10}?在[^，。；]{1,10}?(?:省|市|县|区|自治区)(?:内|境内)?已?(?:落地实施|落地|实施|完成)|在(?:" + CompetitionLexicon.Local + @"|(?:本|我)[县市区镇省])(?:从业|经营|开展)[^，。；]{0,8}?(?:(?:满|超过|达到)[一二两三四五六七八九十\d]+年|[一二两三四五六七八九十\d]+年以上)")]
    private static partial Regex LocalTrackRecord();

    [GeneratedRegex(@"(?:须为|必须为|必须是|应为|应当为|应当是|限于|仅限|仅限于|具有独立法人资格的)[^，。；]{0,4}?(?:国有|国有控股|国有独资|中央|地方国有)(?:或国有控股|或国有参股|独资|控股)?(?:企业|公司)")]
    private static partial Regex Ownership();

    [GeneratedRegex(@"(?:注册资本|注册资金|实缴资本|实缴(?:注册)?资金)(?:须|需|应|应当|必须)?(?:不低于|不少于|达到|在)[\d.]+(?:万|亿)元(?:以上|及以上|\(含\)|（含）)?|(?:实缴)?(?:注册资本|注册资金)[\d.]+(?:万|亿)元(?:以上|及以上)")]
    private static partial Regex Capital();

    [GeneratedRegex(@"(?:退出|歇业|停业|迁出)(?:市场)?[^，。；]{0,8}?(?:须|需|必须|应当|应)(?:提前)?(?:经|报经|报)[^，。；]{0,15}?(?:批准|同意|审批|核准)")]
    private static partial Regex ExitApproval();
}
