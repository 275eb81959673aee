using LegalReview.Documents;

namespace LegalReview.Review;

/// <summary>
/// Base of every review rule. A rule is a small sealed, stateless class: its metadata is declared with
/// <see cref="ReviewRuleAttribute"/> and <see cref="LegalBasisAttribute"/>, and one instance may review many documents
/// at once on many threads.
/// </summary>
public abstract class ReviewRule
{
    /// <summary>The rule's metadata.</summary>
    public RuleDescriptor Descriptor => RuleDescriptor.For(GetType());
}

/// <summary>A rule that looks at the document as a whole (its header, dates, structure, citations).</summary>
public abstract class DocumentRule : ReviewRule
{
    /// <summary>Reviews a document and reports findings through the context.</summary>
    /// <param name="context">The document, profile, knowledge and the report sink.</param>
    public abstract void Analyze(ReviewContext context);
}

/// <summary>
/// A rule that looks at one provision at a time: each 款, 项, 目, heading and paragraph of every part, with its own
/// text. The engine calls it once per provision.
/// </summary>
public abstract class ProvisionRule : ReviewRule
{
    /// <summary>Reviews one provision.</summary>
    /// <param name="provision">The provision (its <see cref="Provision.Text"/> and <see cref="Provision.TextOffset"/>).</param>
    /// <param name="context">The document, profile, knowledge and the report sink.</param>
    public abstract void Analyze(Provision provision, ReviewContext context);
}
