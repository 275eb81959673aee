using System.Text.RegularExpressions;
using LegalReview.Calendar;
using LegalReview.Documents;
using LegalReview.Knowledge;

namespace LegalReview.Review;

/// <summary>
/// What a rule sees while it reviews one document: the document, the profile, the procedure metadata, the review
/// configuration, and the <c>Report</c> methods that record a finding. The engine makes one context per rule and
/// document; rules must not keep it.
/// </summary>
public sealed class ReviewContext
{
    private readonly List<Finding> _sink;
    private readonly DateOnly? _today;
    private Dictionary<string, object>? _documentFacts;

    internal ReviewContext(NormativeDocument document, ReviewProfile profile, ReviewMetadata? metadata, KnowledgeBase knowledge, ReviewOptions options, RuleDescriptor rule, FindingSeverity severity, List<Finding> sink, CancellationToken cancellationToken)
    {
        Document = document;
        Profile = profile;
        Metadata = metadata;
        Knowledge = knowledge;
        Options = options;
        Rule = rule;
        Severity = severity;
        _sink = sink;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document under review.</summary>
    public NormativeDocument Document { get; }

    /// <summary>The review profile in force.</summary>
    public ReviewProfile Profile { get; }

    /// <summary>Procedure facts supplied by the caller; null when none were given.</summary>
    public ReviewMetadata? Metadata { get; }

    /// <summary>Laws, repealed laws, renumbered articles and other reference data.</summary>
    internal KnowledgeBase Knowledge { get; }

    /// <summary>The review configuration (own 文号 series, known issuers …).</summary>
    public ReviewOptions Options { get; }

    /// <summary>The rule being run.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The severity configured for the rule.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>
    /// The working-day calendar and deadline engine: the one registered in the host's container (so that rules and
    /// filing tracking count the same deadlines), else the embedded State Council calendar.
    /// </summary>
    public DeadlineCalculator Calendar { get; internal init; } = DeadlineCalculator.Default;

    /// <summary>Cancels a long review.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The review date: the metadata's, else today.</summary>
    public DateOnly Today
    {
        get => _today ?? DateOnly.FromDateTime(DateTime.Today);
        internal init => _today = value;
    }

    /// <summary>Reports a finding at a span of the document.</summary>
    /// <param name="span">The offending words.</param>
    /// <param name="message">What is wrong, in Chinese.</param>
    /// <param name="suggestion">A suggested revision; the rule's generic suggestion when null.</param>
    /// <param name="severity">A severity other than the configured one (e.g. an error-level variant of a warning rule).</param>
    /// <param name="confidence">Confidence from 0 to 1.</param>
    public void Report(SourceSpan span, string message, string? suggestion = null, FindingSeverity? severity = null, double confidence = 1.0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var effective = severity is { } s && Severity == Rule.DefaultSeverity ? s : Severity;
        var (label, pathLabel) = Document.LabelsAt(span.Offset);
        _sink.Add(new Finding
        {
            RuleId = Rule.Id,
            Title = Rule.Title,
            Category = Rule.Category,
            Severity = effective,
            Location = new FindingLocation(label, pathLabel, span.Offset, span.Length, span.ParagraphIndex),
            Quote = Document.GetText(span),
            Message = message,
            LegalBasis = Rule.LegalBases,
            Suggestion = suggestion ?? Rule.Suggestion,
            Confidence = confidence,
        });
    }

    /// <summary>Reports a finding at characters of a provision's own text, with the rule's generic suggestion.</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="start">Start within <see cref="Provision.Text"/>.</param>
    /// <param name="length">Length.</param>
    /// <param name="message">What is wrong.</param>
    /// <remarks>
    /// To give a specific suggestion as well, report a <see cref="Match"/> or the span
    /// <c>context.Document.SpanAt(provision.TextOffset + start, length)</c>: the span overload is the one public
    /// <c>Report</c> with optional parameters, and stays the longest, so that it can grow without breaking callers.
    /// </remarks>
    public void Report(Provision provision, int start, int length, string message) =>
        Report(provision, start, length, message, null);

    /// <summary>Reports a finding at characters of a provision's own text.</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="start">Start within <see cref="Provision.Text"/>.</param>
    /// <param name="length">Length.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="suggestion">A suggested revision; the rule's generic suggestion when null.</param>
    internal void Report(Provision provision, int start, int length, string message, string? suggestion)
    {
        ArgumentNullException.ThrowIfNull(provision);
        Report(Document.SpanAt(provision.TextOffset + start, length), message, suggestion);
    }

    /// <summary>Reports a finding at a regex match over a provision's own text (or its normalised form), with the rule's generic suggestion.</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="match">A successful match over the provision's text.</param>
    /// <param name="message">What is wrong.</param>
    public void Report(Provision provision, Match match, string message) =>
        Report(provision, match, message, null);

    /// <summary>Reports a finding at a regex match over a provision's own text (or its normalised form).</summary>
    /// <param name="provision">The provision.</param>
    /// <param name="match">A successful match over the provision's text.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="suggestion">A suggested revision; the rule's generic suggestion when null.</param>
    public void Report(Provision provision, Match match, string message, string? suggestion)
    {
        ArgumentNullException.ThrowIfNull(match);
        Report(provision, match.Index, match.Length, message, suggestion);
    }

    /// <summary>
    /// A fact about the whole document that a provision rule needs for every provision (the issuer's kind, whether the
    /// text mentions an approval …), computed on the first provision and kept for the others: the context lives for
    /// one rule and one document.
    /// </summary>
    /// <typeparam name="T">The fact's type.</typeparam>
    /// <param name="key">A name for the fact, unique within the rule.</param>
    /// <param name="compute">Computes the fact from the document.</param>
    /// <returns>The fact.</returns>
    internal T DocumentFact<T>(string key, Func<NormativeDocument, T> compute)
        where T : notnull
    {
        _documentFacts ??= new Dictionary<string, object>(StringComparer.Ordinal);
        if (!_documentFacts.TryGetValue(key, out var fact))
        {
            fact = compute(Document);
            _documentFacts[key] = fact;
        }

        return (T)fact;
    }

    /// <summary>The normalised text of a provision (see <see cref="TextNormalizer"/>), same offsets as its text.</summary>
    /// <param name="provision">The provision.</param>
    /// <returns>The normalised text.</returns>
    public string Normalized(Provision provision)
    {
        ArgumentNullException.ThrowIfNull(provision);
        return provision.NormalizedText ?? Document.NormalizedText.Substring(provision.TextOffset, provision.Text.Length);
    }
}
