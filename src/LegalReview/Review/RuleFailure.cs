namespace LegalReview.Review;

/// <summary>
/// A rule (or the provision classifier) that threw while reviewing a document: the review went on without it, so the
/// document's findings may be incomplete. Reported beside the findings in every output, never only logged.
/// </summary>
public sealed class RuleFailure
{
    /// <summary>Creates a failure record.</summary>
    /// <param name="ruleId">The rule id ("LR3003"), or <see cref="ClassifierId"/>.</param>
    /// <param name="location">The label of the provision being analysed when it threw ("第十二条第二款"); null for a document-level rule.</param>
    /// <param name="exceptionType">The exception's full type name.</param>
    /// <param name="message">The exception's message.</param>
    public RuleFailure(string ruleId, string? location, string exceptionType, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        ArgumentNullException.ThrowIfNull(exceptionType);
        ArgumentNullException.ThrowIfNull(message);
        RuleId = ruleId;
        Location = string.IsNullOrEmpty(location) ? null : location;
        ExceptionType = exceptionType;
        Message = message;
    }

    /// <summary>The id recorded when the provision classifier stage fails.</summary>
    public const string ClassifierId = "classifier";

    /// <summary>The rule id, or <see cref="ClassifierId"/>.</summary>
    public string RuleId { get; }

    /// <summary>The label of the provision being analysed when the rule threw; null for a document-level rule or stage.</summary>
    public string? Location { get; }

    /// <summary>The exception's full type name ("System.NullReferenceException").</summary>
    public string ExceptionType { get; }

    /// <summary>The exception's message.</summary>
    public string Message { get; }

    /// <summary>The failure of a rule that threw.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="location">The provision's label, if any.</param>
    /// <param name="exception">What it threw.</param>
    /// <returns>The record.</returns>
    internal static RuleFailure From(string ruleId, string? location, Exception exception) =>
        new(ruleId, location, exception.GetType().FullName ?? exception.GetType().Name, exception.Message);

    /// <summary>One line for a person: "LR3003（第十二条）：System.InvalidOperationException：…".</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        $"{RuleId}{(Location is null ? string.Empty : $"（{Location}）")}：{ExceptionType}：{Message}";
}
