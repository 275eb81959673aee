namespace LegalReview.Generation.Annotation;

/// <summary>What the annotator did: how many comments it anchored on the quoted words and how many it could only attach to a paragraph.</summary>
/// <param name="Anchored">Comments anchored exactly on the finding's quoted words.</param>
/// <param name="AtParagraphStart">Comments placed at the start of the paragraph (quote not found in the paragraph's runs, or a document-level finding).</param>
public sealed record AnnotationReport(int Anchored, int AtParagraphStart)
{
    /// <summary>All comments written.</summary>
    public int Total => Anchored + AtParagraphStart;
}
