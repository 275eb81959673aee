using LegalReview.Review;

namespace LegalReview.Generation.Annotation;

/// <summary>How the annotated draft is written.</summary>
public sealed record AnnotationOptions
{
    /// <summary>The comment author.</summary>
    public string Author { get; init; } = "LegalReview";

    /// <summary>The comment initials.</summary>
    public string Initials { get; init; } = "LR";

    /// <summary>The comment date; null for the current time.</summary>
    public DateTime? Date { get; init; }

    /// <summary>Which findings get a comment; null means every unsuppressed finding.</summary>
    public Func<Finding, bool>? Include { get; init; }
}
