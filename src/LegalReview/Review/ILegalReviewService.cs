namespace LegalReview.Review;

/// <summary>
/// The entry point for hosts: a draft in (stream or path), a typed <see cref="ReviewResult"/> out.
/// Registered by <c>AddLegalReview</c> (<see cref="ServiceCollectionExtensions"/>).
/// </summary>
/// <example>
/// <code>
/// services.AddLegalReview(o => o.Review.Profile = "fujian");
/// var review = provider.GetRequiredService&lt;ILegalReviewService&gt;();
/// await using var file = File.OpenRead("草案.docx");
/// var result = await review.ReviewAsync(file, "草案.docx");
/// foreach (var f in result.Findings) Console.WriteLine($"{f.Location.Label} {f.RuleId} {f.Message}");
/// </code>
/// </example>
public interface ILegalReviewService
{
    /// <summary>Reads and reviews a document from a stream.</summary>
    /// <param name="content">The .docx or text content.</param>
    /// <param name="fileName">The file name to report.</param>
    /// <param name="metadata">Procedure facts, if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Documents.Reading.DocumentReadException">The content cannot be read.</exception>
    /// <example>
    /// <code>
    /// // An upload in a web host, with the procedure facts the drafting unit declared:
    /// await using var upload = form.File.OpenReadStream();
    /// var result = await review.ReviewAsync(upload, form.File.FileName, new ReviewMetadata
    /// {
    ///     ConsultationStart = new DateOnly(2025, 3, 1),
    ///     ConsultationEnd = new DateOnly(2025, 3, 31),
    ///     LegalityReviewConclusion = "修改后合法",
    /// }, cancellationToken);
    /// if (result.HasErrors) { /* hold the draft */ }
    /// </code>
    /// </example>
    Task<ReviewResult> ReviewAsync(Stream content, string fileName, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default);

    /// <summary>Reads and reviews a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="metadata">Procedure facts, if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Documents.Reading.DocumentReadException">The file cannot be read.</exception>
    /// <example>
    /// <code>
    /// try
    /// {
    ///     var result = await review.ReviewFileAsync("草案.docx");
    ///     await SarifWriter.WriteFileAsync([result], "草案.sarif");
    /// }
    /// catch (DocumentReadException ex) when (ex.Reason == DocumentReadError.Encrypted)
    /// {
    ///     Console.Error.WriteLine(DocumentReadException.Describe(ex.Reason));
    /// }
    /// </code>
    /// </example>
    Task<ReviewResult> ReviewFileAsync(string path, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default);
}
