using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.FairCompetition;

/// <summary>
/// Wording shared by the fair-competition rules: how county documents name "here" and "elsewhere", how a sentence
/// is cut out of a provision, and the prohibitions and open-competition phrases that turn a trigger into a
/// compliant restatement ("不得指定……", "依法通过公开招标选择……").
/// </summary>
internal static partial class CompetitionText
{
    /// <summary>"Here": the issuer's own territory, written the ways county documents write it.</summary>
    public const string Local = @"(?:本地|本县|本市|本区|本镇|本乡|本省|本辖区|当地|我县|我市|我区|我镇|我省|县内|市内|区内|镇内|省内|辖区内|县域内|市域内|区域内)";

    /// <summary>"Elsewhere": operators, goods or vehicles from outside the territory.</summary>
    public const string Outside = @"(?:外地|外省|外市|外县|外区|外埠|非本地|非本县|非本市|非本区|非本省|非本辖区|县外|市外|省外|区外|域外)";

    /// <summary>The kinds of market players a restriction lands on.</summary>
    public const string Operator = @"(?:企业|公司|供应商|经营者|商家|厂家|厂商|服务商|运营商|承包商|投标人|单位|机构|市场主体)";

    /// <summary>
    /// Registration, establishment or tax residence in the issuer's territory ("在本县注册", "注册并纳税在本镇",
    /// "注册地在某县境内"). Whether it restricts entry, tendering or a benefit depends on the sentence.
    /// </summary>
    public const string LocalRegistration = @"(?:(?:在|于|为)(?:本|我|该|某)?[^\s，。；、：“”（）《》]{0,8}?[县市区镇乡省](?:(?:境内|辖区内|范围内|行政区域内|内)(?:[^，。；]{0,10}?部门)?)?(?:进行|依法)?(?:企业)?(?:工商)?(?:登记注册|注册登记|工商登记|注册)(?:(?:并|且|、|和)(?:依法)?纳税)?|(?:注册|纳税)(?:并纳税|和纳税|、纳税|并注册)?(?:在|于)(?:本|我)[县市区镇乡省]|注册地(?:须|需|必须|应当|应)?(?:在|为|位于)[^，。；]{1,10}?(?:境内|辖区内|行政区域内|范围内)|(?:在|于)(?:本|我)[县市区镇乡省](?:依法)?纳税)";

    /// <summary>Words that make the sentence an open, competitive or voluntary arrangement rather than a restriction.</summary>
    private const string OpenCompetition = @"公开招标|招标投标|竞争性谈判|竞争性磋商|公平竞争|公开竞争|公开择优|公开遴选|公开比选|自主选择|自行选择|自由选择|自愿选择|一视同仁|平等对待|各类市场主体|各类经营者|依法平等";

    /// <summary>The sentence (up to 。；！？ or a line end) around an index, with its start.</summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="index">An index inside it.</param>
    /// <returns>The sentence and where it starts.</returns>
    public static (string Sentence, int Start) SentenceAt(string text, int index)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, index - 1));
        start = start < 0 ? 0 : start + 1;
        var end = text.IndexOfAny(SentenceEnds, index);
        end = end < 0 ? text.Length : end;
        return (text[start..end], start);
    }

    /// <summary>
    /// Whether a prohibition governs the words at an index: one earlier in the same sentence ("不得滥用行政权力，限定……
    /// 指定的经营者", "严禁实施税收返还"), or a lead-in that forbids the items below it ("不得有下列行为：").
    /// </summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="index">Where the trigger starts.</param>
    /// <param name="provision">The provision, whose parent lead-in is also read; null to read the sentence only.</param>
    /// <returns>Whether a prohibition governs the trigger.</returns>
    public static bool IsForbiddenHere(string text, int index, Provision? provision = null)
    {
        var (sentence, start) = SentenceAt(text, index);
        if (Prohibition().IsMatch(sentence[..(index - start)]))
        {
            return true;
        }

        return provision?.Parent is { } parent && parent.Text.TrimEnd().EndsWith('：') && Prohibition().IsMatch(parent.Text);
    }

    /// <summary>Whether the sentence around an index frames the matter as open competition or free choice.</summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="index">An index inside the sentence.</param>
    /// <returns>Whether the sentence is about open competition.</returns>
    public static bool IsOpenCompetition(string text, int index) => OpenCompetitionWords().IsMatch(SentenceAt(text, index).Sentence);

    /// <summary>Whether the sentence around an index speaks of a benefit (reward, subsidy, funding).</summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="index">An index inside the sentence.</param>
    /// <returns>Whether a benefit is at stake.</returns>
    public static bool IsAboutBenefit(string text, int index) => BenefitWords().IsMatch(SentenceAt(text, index).Sentence);

    /// <summary>Whether the sentence around an index speaks of tendering or government procurement.</summary>
    /// <param name="text">The provision's text.</param>
    /// <param name="index">An index inside the sentence.</param>
    /// <returns>Whether tendering or procurement is at stake.</returns>
    public static bool IsAboutProcurement(string text, int index) => ProcurementWords().IsMatch(SentenceAt(text, index).Sentence);

    /// <summary>Reports every match of a pattern in a provision that no prohibition governs.</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="context">The review context.</param>
    /// <param name="pattern">The trigger.</param>
    /// <param name="accept">Further test on the match and the normalised text; null to accept all.</param>
    /// <param name="message">The message for a match in the provision (passed in, so that a rule's message lambdas capture nothing and are not allocated per call).</param>
    /// <param name="suggestion">The suggestion for a match; null for the rule's generic one.</param>
    /// <param name="taken">Spans of this provision already reported by the rule's other patterns; an overlapping match is skipped and a reported one added.</param>
    public static void ReportMatches(Provision provision, ReviewContext context, Regex pattern, Func<Match, string, bool>? accept, Func<Match, Provision, string> message, Func<Match, Provision, string?>? suggestion = null, List<(int Start, int End)>? taken = null)
    {
        var text = context.Normalized(provision);
        if (!pattern.IsMatch(text))
        {
            // Most provisions hold no trigger: decide that without allocating a match.
            return;
        }

        taken ??= [];
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            if (Overlaps(taken, m.Index, m.Index + m.Length) || IsForbiddenHere(text, m.Index, provision) || (accept is not null && !accept(m, text)))
            {
                continue;
            }

            taken.Add((m.Index, m.Index + m.Length));
            context.Report(provision, m, message(m, provision), suggestion?.Invoke(m, provision));
        }
    }

    private static bool Overlaps(List<(int Start, int End)> taken, int start, int end)
    {
        foreach (var t in taken)
        {
            if (start < t.End && t.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of a match as written in the provision (the match ran over the normalised text).</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="m">The match.</param>
    /// <returns>The original words.</returns>
    public static string Quote(Provision provision, Match m) => provision.Text.Substring(m.Index, m.Length);

    private static readonly char[] SentenceEnds = ['。', '；', '！', '？', '\n'];

    [GeneratedRegex(@"不得|不应|不能|不准|不允许|禁止|严禁|杜绝|防止|避免|取消|清理|废止|纠正|不再设置|不设置|不以")]
    private static partial Regex Prohibition();

    [GeneratedRegex(OpenCompetition)]
    private static partial Regex OpenCompetitionWords();

    [GeneratedRegex(@"奖励|奖补|补助|补贴|扶持资金|扶持|资助|贴息|申报|享受|兑现|资金支持|给予支持")]
    private static partial Regex BenefitWords();

    [GeneratedRegex(@"投标|招标|政府采购|采购项目|供应商|中标|竞标|比选|比价|询价|发包|承包商|施工单位|代理机构|评审|评分|得分|加分")]
    private static partial Regex ProcurementWords();
}
