using LegalReview.Review;

namespace LegalReview.Generation.Opinion;

/// <summary>
/// What the reviewing lawyer decides and the review result cannot know: who reviews, the letter's 文号, the
/// addressee, the conclusion, which findings become opinions, additional notes and the date.
/// </summary>
/// <example>
/// <code>
/// var input = new OpinionLetterInput
/// {
///     ReviewingBody = "晋江市司法局",
///     LetterNumber = "晋司审〔2024〕12号",
///     DraftingUnit = "晋江市市场监督管理局",
///     Conclusion = ReviewConclusion.LawfulAfterRevision,
///     AcceptedIndices = [0, 2], // the findings the lawyer kept, as indices into result.Findings
///     Date = new DateOnly(2024, 3, 15),
/// };
/// await OpinionLetterWriter.WriteFileAsync(result, input, "合法性审核意见书.docx");
/// </code>
/// </example>
public sealed record OpinionLetterInput
{
    /// <summary>The reviewing body (审核机构), e.g. "晋江市司法局"; printed as the red issuer mark and the signature.</summary>
    public required string ReviewingBody { get; init; }

    /// <summary>The letter's 文号, e.g. "晋司审〔2024〕12号".</summary>
    public string? LetterNumber { get; init; }

    /// <summary>The addressee (主送机关): the drafting unit, e.g. "晋江市市场监督管理局".</summary>
    public required string DraftingUnit { get; init; }

    /// <summary>The draft's title; when null the title read from the document is used.</summary>
    public string? DraftTitle { get; init; }

    /// <summary>The overall conclusion.</summary>
    public required ReviewConclusion Conclusion { get; init; }

    /// <summary>
    /// Which findings the reviewer accepts as opinions. Null means every unsuppressed error and warning finding of a
    /// review rule (<see cref="FindingSource.Rule"/>).
    /// </summary>
    /// <remarks>
    /// The model's hints (<see cref="FindingSource.Classifier"/>, <see cref="FindingSource.NearestCases"/>) never enter
    /// the letter by default, whatever their severity: no rule confirmed them. A hint the reviewer accepted explicitly
    /// (this predicate returns true for it, or its index is in <see cref="AcceptedIndices"/>) becomes an ordinary
    /// specific opinion, since the reviewer adopted it. The letter lists no findings that were not adopted.
    /// </remarks>
    public Func<Finding, bool>? Accept { get; init; }

    /// <summary>
    /// Indices into <see cref="ReviewResult.Findings"/> of the accepted findings; takes precedence over
    /// <see cref="Accept"/> when set. A hint's index here is an explicit acceptance: it becomes an opinion.
    /// </summary>
    public IReadOnlyList<int>? AcceptedIndices { get; init; }

    /// <summary>Further opinions the reviewer writes in their own words (其他意见), one paragraph each.</summary>
    public IReadOnlyList<string> ReviewerNotes { get; init; } = [];

    /// <summary>The day the draft was received, quoted in the opening paragraph when known.</summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>The rules the review was carried out under, cited in the opening paragraph.</summary>
    public string ReviewBasis { get; init; } = "《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）";

    /// <summary>Contact person and telephone, printed as 附注 under the date.</summary>
    public string? Contact { get; init; }

    /// <summary>
    /// Marks the letter as a draft written before the reviewer has concluded, e.g. "征求意见稿": the mark is printed at
    /// the top of every page, the letter states that no conclusion has been reached, and the overall opinion and the
    /// closing do not state <see cref="Conclusion"/>. Null (the default) for the issued letter.
    /// </summary>
    public string? DraftMark { get; init; }

    /// <summary>The date of the letter (成文日期).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>
    /// The opinions when the reviewer chose none: the rules' unsuppressed error and warning findings. A hint is left
    /// out even when configured to warning or error: it enters the letter only when a reviewer accepts it.
    /// </summary>
    private static bool AcceptByDefault(Finding f) =>
        f.Source == FindingSource.Rule && !f.IsSuppressed && f.Severity >= FindingSeverity.Warning;

    /// <summary>Selects the accepted findings of a result in their order.</summary>
    /// <param name="findings">The result's findings.</param>
    /// <returns>The accepted findings.</returns>
    internal IReadOnlyList<Finding> SelectAccepted(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (AcceptedIndices is { } indices)
        {
            return indices.Where(i => i >= 0 && i < findings.Count).Distinct().Order().Select(i => findings[i]).ToArray();
        }

        var accept = Accept ?? AcceptByDefault;
        return findings.Where(accept).ToArray();
    }
}
