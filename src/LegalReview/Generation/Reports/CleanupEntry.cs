using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Generation.Reports;

/// <summary>One document of a 清理 (periodic clean-up): what it is, the proposed action and why.</summary>
public sealed record CleanupEntry
{
    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>The document's 文号, if any.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The proposed action.</summary>
    public required CleanupAction Action { get; init; }

    /// <summary>The reasons, each a sentence.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>
    /// Derives the default proposal from a review: an expired 有效期 → 废止; citations of repealed or renumbered
    /// law (引用依据的有效性 findings) or error findings → 修改; otherwise 保留. The reviewer may then change it.
    /// </summary>
    /// <param name="result">The review of the document.</param>
    /// <param name="asOf">The day of the 清理, against which the 有效期 is measured.</param>
    /// <returns>The proposal.</returns>
    public static CleanupEntry FromReview(ReviewResult result, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        var doc = result.Document;
        var effective = doc.EffectiveDate?.Resolve(doc.IssueDate?.Value) ?? doc.IssueDate?.Value;
        return FromRecord(doc.Title.Length > 0 ? doc.Title : doc.SourceName, doc.DocumentNumber?.Raw, doc.Validity?.EndDate(effective), result.Findings, asOf);
    }

    /// <summary>
    /// Derives the default proposal from the facts recorded of a review (e.g. a batch journal line), by the same
    /// reasoning as <see cref="FromReview"/>.
    /// </summary>
    /// <param name="title">The document's title.</param>
    /// <param name="documentNumber">The 文号, if any.</param>
    /// <param name="validityEnd">The last day of the 有效期, if the document states one.</param>
    /// <param name="findings">All findings of the review, suppressed ones included.</param>
    /// <param name="asOf">The day of the 清理.</param>
    /// <returns>The proposal.</returns>
    internal static CleanupEntry FromRecord(string title, string? documentNumber, DateOnly? validityEnd, IEnumerable<Finding> findings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(findings);
        var reasons = new List<string>();
        var action = CleanupAction.Keep;
        if (validityEnd is { } end && end < asOf)
        {
            action = CleanupAction.Repeal;
            reasons.Add($"有效期已于{DocumentDate.FormatStandard(end)}届满，建议宣布失效或者予以废止；确需继续实施的，应当重新制定印发。");
        }

        var active = findings.Where(f => !f.IsSuppressed).ToList();
        var citations = active.Where(f => f.Category == RuleCategory.Citation).ToList();
        if (citations.Count > 0)
        {
            action = action == CleanupAction.Repeal ? action : CleanupAction.Amend;
            reasons.AddRange(citations.Select(f => $"{Label(f)}{Sentence(f.Message)}"));
        }

        var errors = active.Where(f => f.Severity == FindingSeverity.Error && f.Category != RuleCategory.Citation).ToList();
        if (errors.Count > 0)
        {
            action = action == CleanupAction.Repeal ? action : CleanupAction.Amend;
            reasons.AddRange(errors.Select(f => $"{Label(f)}{Sentence(f.Message)}"));
        }

        if (reasons.Count == 0)
        {
            reasons.Add("经审查，未发现与现行法律、法规、规章和国家政策不一致的情形，建议继续有效。");
        }

        return new CleanupEntry
        {
            Title = title,
            DocumentNumber = documentNumber,
            Action = action,
            Reasons = reasons,
        };

        static string Label(Finding f) => string.IsNullOrWhiteSpace(f.Location.Label) ? string.Empty : f.Location.Label + "：";

        static string Sentence(string s) => Docx.LegalText.Sentence(s);
    }
}
