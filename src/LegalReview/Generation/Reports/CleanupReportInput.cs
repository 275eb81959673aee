namespace LegalReview.Generation.Reports;

/// <summary>The 清理 report's header facts and its documents.</summary>
public sealed record CleanupReportInput
{
    /// <summary>The body reporting the 清理, e.g. "晋江市司法局".</summary>
    public required string ReportingBody { get; init; }

    /// <summary>The report's 文号, if any.</summary>
    public string? ReportNumber { get; init; }

    /// <summary>The addressee, e.g. "晋江市人民政府"; null for none.</summary>
    public string? Recipient { get; init; }

    /// <summary>What was cleaned up, e.g. "截至2023年12月31日现行有效的市政府及市政府办公室行政规范性文件".</summary>
    public required string Scope { get; init; }

    /// <summary>The report title; null for "关于行政规范性文件清理情况的报告".</summary>
    public string? Title { get; init; }

    /// <summary>The documents with their proposals.</summary>
    public required IReadOnlyList<CleanupEntry> Entries { get; init; }

    /// <summary>
    /// The titles of documents whose automatic review had a rule failure (see <see cref="Review.RuleFailure"/>): their
    /// proposals may miss a ground for amendment or repeal, and the report asks for them to be checked by hand.
    /// </summary>
    public IReadOnlyList<string> IncompletelyReviewed { get; init; } = [];

    /// <summary>The report date.</summary>
    public required DateOnly Date { get; init; }
}
