namespace LegalReview.Review;

/// <summary>Where a finding came from.</summary>
public enum FindingSource
{
    /// <summary>A review rule.</summary>
    Rule,

    /// <summary>The provision classifier.</summary>
    Classifier,

    /// <summary>The vote of the nearest published cases (<see cref="INearestCaseFinder"/>).</summary>
    NearestCases,
}

/// <summary>Where a finding points: the lawyer's label and the exact characters.</summary>
/// <param name="Label">The label a lawyer writes: "第十二条第二款", "标题", "文号", "附件《…》第三条".</param>
/// <param name="PathLabel">The label with chapter: "第三章 第十二条 第二款".</param>
/// <param name="Offset">Offset of the quoted words in <see cref="Documents.NormativeDocument.Text"/>.</param>
/// <param name="Length">Length of the quoted words.</param>
/// <param name="ParagraphIndex">The logical paragraph where the quote starts.</param>
public sealed record FindingLocation(string Label, string PathLabel, int Offset, int Length, int ParagraphIndex);

/// <summary>A reviewer's decision that a finding is lawful in context, recorded with who and why.</summary>
/// <param name="By">Who decided.</param>
/// <param name="Reason">Why the provision is lawful.</param>
/// <param name="Source">Where the suppression came from: "config" or "inline".</param>
public sealed record Suppression(string By, string Reason, string Source);

/// <summary>
/// One problem found in a document, explainable on its own: rule, category, severity, location, quoted words,
/// message, legal basis and a suggested revision.
/// </summary>
public sealed record Finding
{
    /// <summary>The rule id ("LR2001"; classifier findings use "LR0000"-style ids of their label, see the classifier).</summary>
    public required string RuleId { get; init; }

    /// <summary>The rule's title.</summary>
    public required string Title { get; init; }

    /// <summary>The category.</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>The severity in force (after configuration and the basis-citation downgrade).</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>Where it points.</summary>
    public required FindingLocation Location { get; init; }

    /// <summary>The offending words exactly as they stand in the document.</summary>
    public required string Quote { get; init; }

    /// <summary>What is wrong, in Chinese.</summary>
    public required string Message { get; init; }

    /// <summary>The legal bases.</summary>
    public required IReadOnlyList<string> LegalBasis { get; init; }

    /// <summary>A suggested revision, in Chinese.</summary>
    public string Suggestion { get; init; } = string.Empty;

    /// <summary>Confidence from 0 to 1 (1 for a rule's certain finding).</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Rule or classifier.</summary>
    public FindingSource Source { get; init; } = FindingSource.Rule;

    /// <summary>Set when a reviewer judged the provision lawful: the finding is kept and shown as suppressed.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>Why the severity was lowered, when it was (e.g. the clause cites a specific authorising article).</summary>
    public string? Note { get; init; }

    /// <summary>The most similar published case, for a content finding when a case finder is registered; null otherwise.</summary>
    public NearestCase? NearestCase { get; init; }

    /// <summary>Whether the finding is suppressed.</summary>
    public bool IsSuppressed => Suppression is not null;
}
