using LegalReview.Documents;
using LegalReview.Generation.Docx;
using LegalReview.Review;

namespace LegalReview.Generation.Opinion;

/// <summary>
/// Writes the legality review opinion letter (合法性审核意见书) as a .docx laid out to GB/T 9704-2012: red issuer mark
/// and 文号, title, addressee, opening, the overall opinion, one numbered specific opinion per accepted finding (the
/// provision, the quoted words, the problem, the legal basis and the suggested revision), other opinions, signature and date.
/// </summary>
/// <remarks>
/// The opinions are the findings <see cref="OpinionLetterInput"/> accepts. By default these are the review rules'
/// unsuppressed warning and error findings: the model's hints (<see cref="FindingSource.Classifier"/>,
/// <see cref="FindingSource.NearestCases"/>, info-level unless configured) never enter the letter unless the reviewer
/// accepted them explicitly (<see cref="OpinionLetterInput.Accept"/> or <see cref="OpinionLetterInput.AcceptedIndices"/>),
/// and an accepted hint is written as an ordinary opinion. Findings not adopted, hints or not, are not listed.
/// </remarks>
public static partial class OpinionLetterWriter
{
    /// <summary>Writes the letter for a review result.</summary>
    /// <param name="result">The review result.</param>
    /// <param name="input">The reviewer's decisions.</param>
    /// <param name="stream">The destination (left open).</param>
    public static void Write(ReviewResult result, OpinionLetterInput input, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        Write(result.Document, result.Findings, input, stream);
    }

    /// <summary>Writes the letter for a document and its findings.</summary>
    /// <param name="document">The reviewed draft.</param>
    /// <param name="findings">All findings of the review; <see cref="OpinionLetterInput.SelectAccepted"/> picks the opinions.</param>
    /// <param name="input">The reviewer's decisions.</param>
    /// <param name="stream">The destination (left open).</param>
    internal static void Write(NormativeDocument document, IReadOnlyList<Finding> findings, OpinionLetterInput input, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Build(document, findings, input).ToArray();
        stream.Write(bytes);
    }

    /// <summary>Writes the letter for a review result to a file.</summary>
    /// <param name="result">The review result.</param>
    /// <param name="input">The reviewer's decisions.</param>
    /// <param name="path">The .docx path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static async Task WriteFileAsync(ReviewResult result, OpinionLetterInput input, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = Build(result.Document, result.Findings, input).ToArray();
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }

    private static OfficialDocumentBuilder Build(NormativeDocument document, IReadOnlyList<Finding> findings, OpinionLetterInput input)
    {
        var draftTitle = LegalText.BareTitle(input.DraftTitle ?? (document.Title.Length > 0 ? document.Title : document.SourceName));
        var shortName = ShortName(document, draftTitle);
        var accepted = input.SelectAccepted(findings);
        var draft = string.IsNullOrWhiteSpace(input.DraftMark) ? null : input.DraftMark.Trim();
        var b = new OfficialDocumentBuilder
        {
            Title = $"关于《{draftTitle}》的合法性审核意见书" + (draft is null ? string.Empty : $"（{draft}）"),
            Author = input.ReviewingBody,
            PageMark = draft is null ? null : $"{draft}　尚未作出审核结论",
        };
        b.IssuerMark(input.ReviewingBody);
        b.NumberAndSeparator(input.LetterNumber);
        b.DocumentTitle(TitleLines(draftTitle));
        if (draft is not null)
        {
            b.Note($"{draft}：审核机构尚未作出审核结论，本稿仅供审核过程中参考，不作为合法性审核意见，审核结论以办结后出具的审核意见书为准");
        }

        b.Recipient(input.DraftingUnit);

        var received = input.ReceivedOn is { } r ? DocumentDate.FormatStandard(r) : null;
        b.Body($"{(received is null ? "你单位" : received + "，你单位")}报送的《{draftTitle}》（以下简称{shortName}）及相关材料收悉。根据{input.ReviewBasis}等规定，我局对{shortName}的制定主体、制定权限、主要内容和制定程序进行了合法性审核。现提出审核意见如下：");

        var section = 1;
        b.Heading1(LegalText.Ordinal(section++) + "总体意见");
        b.Body(draft is null
            ? Overall(input.Conclusion, shortName, accepted)
            : $"审核尚在进行中，我局尚未对{shortName}作出审核结论。以下为目前拟提出的具体意见，供研究参考。");

        if (accepted.Count > 0)
        {
            b.Heading1(LegalText.Ordinal(section++) + "具体意见");
            for (var i = 0; i < accepted.Count; i++)
            {
                var f = accepted[i];
                b.LeadBody($"{LegalText.ParenOrdinal(i + 1)}关于{Label(f)}。", Opinion(f));
            }
        }

        if (input.ReviewerNotes.Count > 0)
        {
            b.Heading1(LegalText.Ordinal(section++) + "其他意见");
            for (var i = 0; i < input.ReviewerNotes.Count; i++)
            {
                b.Body($"{LegalText.ParenOrdinal(i + 1)}{LegalText.Sentence(input.ReviewerNotes[i])}");
            }
        }

        b.Body(draft is not null ? $"本稿为{draft}，不作为审核结论；审核结论以我局办结后出具的审核意见书为准。" : input.Conclusion switch
        {
            ReviewConclusion.Lawful => "以上意见，请结合实际研究办理。",
            ReviewConclusion.LawfulAfterRevision => $"请你单位根据上述意见对{shortName}修改完善后，按程序提请审议。",
            _ => $"请你单位根据上述意见对{shortName}作出调整，重新起草后再行报送审核。",
        });
        b.Signature(input.ReviewingBody, input.Date);
        if (!string.IsNullOrWhiteSpace(input.Contact))
        {
            b.Note(input.Contact.Trim());
        }

        return b;
    }

    /// <summary>
    /// The title in the pieces it may be broken between: a trailing "（送审稿）" goes to the second line with
    /// "的合法性审核意见书", so that neither the draft's name nor the parenthesis is cut in the middle.
    /// </summary>
    private static string[] TitleLines(string draftTitle)
    {
        var paren = draftTitle.EndsWith('）') ? draftTitle.LastIndexOf('（') : -1;
        return paren > 0
            ? [$"关于《{draftTitle[..paren]}", $"{draftTitle[paren..]}》的合法性审核意见书"]
            : [$"关于《{draftTitle}》", "的合法性审核意见书"];
    }

    /// <summary>"《办法》" from the document kind, or "该文件" when the title names no kind.</summary>
    private static string ShortName(NormativeDocument document, string title)
    {
        var word = document.Kind.Word;
        return !string.IsNullOrEmpty(word) && title.Contains(word, StringComparison.Ordinal) ? $"《{word}》" : "《文件》";
    }

    private static string Label(Finding f) => string.IsNullOrWhiteSpace(f.Location.Label) ? "文件整体" : f.Location.Label;

    private static string Overall(ReviewConclusion conclusion, string shortName, IReadOnlyList<Finding> accepted) => conclusion switch
    {
        ReviewConclusion.Lawful when accepted.Count == 0 =>
            $"经审核，{shortName}制定主体适格，未超越法定权限，内容未发现与法律、法规、规章和国家政策相抵触的情形，制定程序符合规定。我局认为{shortName}合法，可按程序提请审议。",
        ReviewConclusion.Lawful =>
            $"经审核，{shortName}制定主体适格，未超越法定权限，内容未发现与法律、法规、规章和国家政策相抵触的情形，制定程序符合规定。我局认为{shortName}合法；下列意见涉及文字表述和起草规范，建议一并完善。",
        ReviewConclusion.LawfulAfterRevision =>
            $"经审核，{shortName}总体上符合法律、法规、规章和国家政策的规定，但部分条款存在下列问题。我局认为{shortName}按本意见修改后合法，可按程序提请审议。",
        _ =>
            $"经审核，{shortName}存在{Categories(accepted)}等问题，与法律、法规、规章和国家政策的规定不符。我局认为{shortName}不合法，不得按现有文本提请审议或者印发。",
    };

    private static string Categories(IReadOnlyList<Finding> accepted)
    {
        var names = accepted.OrderByDescending(f => f.Severity).Select(f => f.Category.ChineseName()).Distinct().Take(3).ToArray();
        return names.Length == 0 ? "违反上位法规定" : string.Join("、", names);
    }

    /// <summary>
    /// What is wrong, as the letter states it. A rule's finding says it in the rule's words; a model's hint the reviewer
    /// adopted is stated as the reviewing body's finding, not as "分类器判断……（置信度 0.91）", which has no place in an
    /// official letter.
    /// </summary>
    private static string Problem(Finding f) =>
        f.Source != FindingSource.Rule && ClassifierLabels.TryGetCategory(f.Category.ToName(), out var category)
            ? $"经审查，该内容涉嫌{ClassifierLabels.ProblemOf(category)}，未见法律、法规或者规章依据。"
            : f.Message;

    [System.Text.RegularExpressions.GeneratedRegex("本提示由[^。]*。")]
    private static partial System.Text.RegularExpressions.Regex ModelCaveat();

    /// <summary>One specific opinion: the quoted words, the problem, the basis and the revision.</summary>
    private static string Opinion(Finding f)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(f.Quote))
        {
            parts.Add($"原文为“{f.Quote.Trim()}”。");
        }

        parts.Add(LegalText.Sentence(Problem(f)));
        var bases = LegalText.JoinBases(f.LegalBasis);
        if (bases.Length > 0)
        {
            parts.Add($"依据：{bases}。");
        }

        if (f.NearestCase is { } nc)
        {
            parts.Add(LegalText.Sentence(nc.Describe()));
        }

        // A hint the reviewer adopted is the reviewing body's opinion now: the model's own caveat is not repeated to the
        // drafting unit.
        var suggestion = (f.Source == FindingSource.Rule ? f.Suggestion : ModelCaveat().Replace(f.Suggestion, string.Empty)).Trim();
        if (suggestion.Length > 0)
        {
            parts.Add($"修改建议：{LegalText.Sentence(suggestion)}");
        }

        return string.Concat(parts);
    }
}
