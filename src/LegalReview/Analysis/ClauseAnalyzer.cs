using System.Text.RegularExpressions;
using LegalReview.Documents;

namespace LegalReview.Analysis;

/// <summary>
/// Reads a provision into sentences with their force, and decides for words of its text whether the provision
/// creates, forbids, mentions, grants or restates the measure they name. The decisions are made on patterns of the
/// clause (a prohibition before the words, a forbidding lead-in, a 《》 title, a checklist, a recording duty, a
/// calculation base, a reduction), never on the words of one case.
/// </summary>
internal static partial class ClauseAnalyzer
{
    /// <summary>Analyses a provision.</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="normalized">Its normalised text.</param>
    /// <returns>The analysis.</returns>
    public static ProvisionClauses Analyze(Provision provision, string normalized) => new(provision, normalized);

    /// <summary>Splits a provision's text into sentences and reads the force of each.</summary>
    /// <param name="normalized">The normalised text.</param>
    /// <returns>The sentences.</returns>
    public static IReadOnlyList<ClauseSentence> Split(string normalized)
    {
        var sentences = new List<ClauseSentence>();
        var start = 0;
        for (var i = 0; i <= normalized.Length; i++)
        {
            if (i == normalized.Length || Lexicon.SentenceEnds.IndexOf(normalized[i], StringComparison.Ordinal) >= 0)
            {
                if (i > start)
                {
                    var text = normalized[start..i];
                    sentences.Add(new ClauseSentence(start, i - start, text, ForceOf(text)));
                }

                start = i + 1;
            }
        }

        return sentences;
    }

    /// <summary>What a sentence does, by the first kind of wording found in a fixed order of precedence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>Its force.</returns>
    public static ClauseForce ForceOf(string sentence)
    {
        if (DefinitionWords().IsMatch(sentence))
        {
            return ClauseForce.Definition;
        }

        if (ProhibitionWords().IsMatch(sentence))
        {
            return ClauseForce.Prohibition;
        }

        if (BenefitWords().IsMatch(sentence))
        {
            return ClauseForce.Benefit;
        }

        if (MustWords().IsMatch(sentence))
        {
            return ProcedureWords().IsMatch(sentence) && !MeasureWords().IsMatch(sentence) ? ClauseForce.Procedure : ClauseForce.Obligation;
        }

        if (MayWords().IsMatch(sentence))
        {
            return ClauseForce.Permission;
        }

        if (ProcedureWords().IsMatch(sentence))
        {
            return ClauseForce.Procedure;
        }

        return ReferenceWords().IsMatch(sentence) ? ClauseForce.Reference : ClauseForce.Statement;
    }

    /// <summary>The stance of the provision on the measure named at a span; see <see cref="MeasureStance"/>.</summary>
    public static MeasureStance Stance(ProvisionClauses clauses, int index, int length)
    {
        var text = clauses.Text;
        if (index < 0 || index > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        length = Math.Clamp(length, 0, text.Length - index);
        if (clauses.UnderProhibitingLeadIn)
        {
            return MeasureStance.Prohibited;
        }

        if (IsQuoted(text, index))
        {
            return MeasureStance.Mentioned;
        }

        var segmentBefore = clauses.SegmentBefore(index);
        var sentenceBefore = clauses.SentenceBefore(index);
        var around = clauses.SegmentAround(index, length);
        var after = clauses.SentenceAfter(index, length);

        // "是否违法设立收费": a question a reviewer asks, not a fee.
        if (ChecklistBefore().IsMatch(sentenceBefore))
        {
            return MeasureStance.Mentioned;
        }

        if (Negated().IsMatch(segmentBefore) || ProhibitionLead().IsMatch(segmentBefore) || MisconductLead().IsMatch(segmentBefore)
            || ProhibitionInScope(sentenceBefore) || InlineProhibitingLeadIn().IsMatch(text[..index]))
        {
            return MeasureStance.Prohibited;
        }

        if (RestatementWords().IsMatch(clauses.Segment(index, length)))
        {
            return MeasureStance.Restated;
        }

        // "减半收取检验费", "检验费减半收取", "免收": a relief, not a charge.
        if (ReliefWords().IsMatch(around))
        {
            return MeasureStance.Granted;
        }

        // "按罚没金额的5%给予奖励": the fine is the base of a reward.
        if (CalculationBaseAfter().IsMatch(after))
        {
            return MeasureStance.Mentioned;
        }

        // "罚款收入", "行政处罚决定书", "查封扣押情况": the measure names a thing to handle, not a measure taken here.
        if (NounSuffix().IsMatch(after))
        {
            return MeasureStance.Mentioned;
        }

        // "如实记录查封、扣押的时间", "报送收费情况".
        if (RecordingBefore().IsMatch(segmentBefore))
        {
            return MeasureStance.Mentioned;
        }

        // "对实施查封、扣押的，执法人员应当全程录像": the measure is the condition of a recording or procedural duty.
        if (IsConditionOfRecording(clauses, index, length))
        {
            return MeasureStance.Mentioned;
        }

        return MeasureStance.Created;
    }

    /// <summary>Whether a subject phrase names the administration rather than the public.</summary>
    public static bool IsAdministration(string subject) => AdministrationWords().IsMatch(subject) && !PublicWords().IsMatch(subject);

    /// <summary>A law named without an article in a sentence, or null.</summary>
    public static string? LawNamedWithoutArticle(string sentence)
    {
        for (var law = NamedLaw().Match(sentence); law.Success; law = law.NextMatch())
        {
            if (!law.Groups["art"].Success)
            {
                return law.Groups["name"].Value;
            }
        }

        return null;
    }

    // Inside 《》 (a cited title) or “” / 「」 (a quoted phrase): the words are named, not used.
    private static bool IsQuoted(string text, int index)
    {
        var title = 0;
        var quote = 0;
        for (var i = 0; i < index; i++)
        {
            switch (text[i])
            {
                case '《': title++; break;
                case '》': title = Math.Max(0, title - 1); break;
                case '“' or '「': quote++; break;
                case '”' or '」': quote = Math.Max(0, quote - 1); break;
            }
        }

        return title > 0 || quote > 0;
    }

    // A prohibition earlier in the sentence governs the words unless a new clause starts between them: a condition
    // ends ("…的，"), or a sanction opens ("否则", "违者", "对违反…").
    private static bool ProhibitionInScope(string sentenceBefore)
    {
        var m = ProhibitionWords().Match(sentenceBefore);
        if (!m.Success)
        {
            return false;
        }

        Match last = m;
        for (; m.Success; m = m.NextMatch())
        {
            last = m;
        }

        return !ScopeBreak().IsMatch(sentenceBefore, last.Index + last.Length);
    }

    private static bool IsConditionOfRecording(ProvisionClauses clauses, int index, int length)
    {
        var text = clauses.Text;
        var sentence = clauses.SentenceAt(index);
        var end = Math.Min(text.Length, index + length);
        // The condition runs to the first "的，" after the words; the duty follows it.
        var rest = text[end..Math.Max(end, sentence.End)];
        var cut = rest.IndexOf("的，", StringComparison.Ordinal);
        if (cut < 0 || rest[..cut].Contains('，', StringComparison.Ordinal) && !ConditionOpen().IsMatch(text[sentence.Start..index]))
        {
            return false;
        }

        var duty = rest[(cut + 2)..];
        return RecordingDuty().IsMatch(duty) && !MeasureWords().IsMatch(duty);
    }

    /// <summary>Whether the provision is an item under a lead-in that forbids or sanctions what the items describe.</summary>
    public static bool IsUnderProhibitingLeadIn(Provision provision)
    {
        if (provision.Kind is not (ProvisionKind.Item or ProvisionKind.SubItem or ProvisionKind.Heading2 or ProvisionKind.Heading3 or ProvisionKind.Heading4))
        {
            return false;
        }

        if (LeadIn(provision) is not { } lead)
        {
            return false;
        }

        var text = TextNormalizer.Normalize(lead.Text);
        return ListedConductLead().IsMatch(text)
            || (text.TrimEnd().EndsWith('：') && ProhibitingColonLead().IsMatch(text));
    }

    // The lead-in is the parent; where the reader found no hierarchy (a lone article followed by "（一）" lines) it is
    // the nearest preceding node of another kind.
    private static Provision? LeadIn(Provision provision)
    {
        if (provision.Parent is { } parent)
        {
            return parent;
        }

        Provision? lead = null;
        foreach (var p in provision.Section.AllProvisions)
        {
            if (ReferenceEquals(p, provision))
            {
                return lead;
            }

            if (p.Kind != provision.Kind)
            {
                lead = p;
            }
        }

        return null;
    }

    [GeneratedRegex(Lexicon.Administration)]
    private static partial Regex AdministrationWords();

    [GeneratedRegex(Lexicon.Public)]
    private static partial Regex PublicWords();

    [GeneratedRegex(Lexicon.Definition)]
    private static partial Regex DefinitionWords();

    [GeneratedRegex(Lexicon.Prohibit + "|" + Lexicon.Undo)]
    private static partial Regex ProhibitionWords();

    [GeneratedRegex(Lexicon.Benefit + "|" + Lexicon.Relief)]
    private static partial Regex BenefitWords();

    [GeneratedRegex(Lexicon.Must)]
    private static partial Regex MustWords();

    [GeneratedRegex(Lexicon.May)]
    private static partial Regex MayWords();

    [GeneratedRegex(Lexicon.Procedure)]
    private static partial Regex ProcedureWords();

    [GeneratedRegex(Lexicon.Reference)]
    private static partial Regex ReferenceWords();

    [GeneratedRegex(Lexicon.Restatement)]
    private static partial Regex RestatementWords();

    [GeneratedRegex(Lexicon.Relief)]
    private static partial Regex ReliefWords();

    // Measures a duty may itself impose: a duty sentence naming one of them is not a mere recording duty.
    [GeneratedRegex(@"罚款|吊销|查封|扣押|冻结|收取|缴纳|许可|审批|停业|关闭|拘留|没收")]
    private static partial Regex MeasureWords();

    [GeneratedRegex(Lexicon.Checklist + @"[^，。；：]{0,20}$")]
    private static partial Regex ChecklistBefore();

    [GeneratedRegex(@"(?:" + Lexicon.Prohibit + "|" + Lexicon.Undo + @"|不(?:收|征|缴|实施|设立|列入|纳入|采取)|免予|免于|免除|无需|无须|不需|" + Lexicon.Misconduct + @")[^，。；]{0,6}$")]
    private static partial Regex Negated();

    [GeneratedRegex(@"^[^，。；]{0,8}?" + Lexicon.Prohibit)]
    private static partial Regex ProhibitionLead();

    [GeneratedRegex(@"^(?:（[一二三四五六七八九十0-9]+）)?" + Lexicon.Misconduct)]
    private static partial Regex MisconductLead();

    // What starts a new clause after a prohibition: the end of a condition, or a sanction.
    [GeneratedRegex(@"的，|否则|违者|违反|对[^，。；]{0,20}?的")]
    private static partial Regex ScopeBreak();

    // "不得有下列行为：（一）……" written in one provision.
    [GeneratedRegex(@"(?:" + Lexicon.Prohibit + @")[^。\n]{0,16}?(?:下列|以下)[^。；\n]{0,10}?：[^。\n]*$")]
    private static partial Regex InlineProhibitingLeadIn();

    [GeneratedRegex(@"(?:" + Lexicon.Prohibit + @")[^。；\n]{0,16}?(?:下列|以下)|(?:下列|以下)(?:行为|情形)之一的?[，]?[^。\n]{0,40}?(?:依法|责令|追究|处分|处罚|处以|罚款|予以)")]
    private static partial Regex ListedConductLead();

    [GeneratedRegex(Lexicon.Prohibit + "|" + Lexicon.Undo)]
    private static partial Regex ProhibitingColonLead();

    [GeneratedRegex(@"^[^，。；]{0,8}?" + Lexicon.CalculationBase + @"[^。；]{0,12}?(?:奖励|奖金|补贴|补助|返还|分成|提取)")]
    private static partial Regex CalculationBaseAfter();

    [GeneratedRegex(@"^(?:的)?(?:决定书|信息|情况|案件|台账|清单|目录|文书|收入|结果|记录|事项|数据|统计)")]
    private static partial Regex NounSuffix();

    [GeneratedRegex(@"(?<![未经])(?:录像|记录|登记|报告|报送|备案|公示|统计|审查|审核|核查|梳理|评估|通报)(?![的后])[^，。；]{0,10}$")]
    private static partial Regex RecordingBefore();

    [GeneratedRegex(@"^[^，。；]{0,4}?(?:对|凡|在)")]
    private static partial Regex ConditionOpen();

    [GeneratedRegex(Lexicon.Recording + "|" + Lexicon.Procedure)]
    private static partial Regex RecordingDuty();

    [GeneratedRegex(@"(?:依照|按照|根据|依据|参照|适用)《(?<name>[^《》]{2,60})》(?:（[^（）]{1,30}）)?(?<art>第[一二三四五六七八九十百千零〇0-9]+条)?")]
    private static partial Regex NamedLaw();
}
