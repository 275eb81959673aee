namespace LegalReview.Generation.Statistics;

/// <summary>
/// What the annual statistics section is written from: the year, the reporting body, the section's paragraph and the
/// rows of the figures table. Whoever keeps the figures (the tracking store, a spreadsheet) fills it in.
/// </summary>
public sealed record AnnualStatisticsReportInput
{
    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary>The reporting body, e.g. "晋江市司法局"; the document's author.</summary>
    public string Reporter { get; init; } = string.Empty;

    /// <summary>The section's paragraph (one or more paragraphs separated by line breaks).</summary>
    public required string Text { get; init; }

    /// <summary>The rows of the figures table: item and number, in order.</summary>
    public required IReadOnlyList<(string Item, int Count)> Figures { get; init; }
}
