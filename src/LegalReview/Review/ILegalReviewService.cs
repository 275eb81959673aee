namespace LegalReview.Review;

/// <summary>
/// The entry point for hosts: a draft in (stream or path), a typed <see cref="ReviewResult"/> out.
/// Registered by <see cref="ServiceCollectionExtensions.AddLegalReview(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{LegalReviewOptions}?)"/>.
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
    Task<ReviewResult> ReviewAsync(Stream content, string fileName, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default);

    /// <summary>Reads and reviews a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="metadata">Procedure facts, if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Documents.Reading.DocumentReadException">The file cannot be read.</exception>
    Task<ReviewResult> ReviewFileAsync(string path, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default);
}
