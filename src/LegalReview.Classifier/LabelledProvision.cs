namespace LegalReview.Classifier;

/// <summary>One row of a labelled provision corpus (the JSONL format of <c>seeds/training/</c>).</summary>
/// <param name="Text">The provision text.</param>
/// <param name="Category">The label: a content category name or <c>ok</c>.</param>
/// <param name="Source">Where the row came from ("hand:…", "generated:L01", "feedback:…", "law:…").</param>
/// <param name="Note">Anything a reviewer of the corpus should know.</param>
public sealed record LabelledProvision(string Text, string Category, string Source = "", string Note = "")
{
    /// <summary>
    /// The source a grouped split keeps on one side (a bulletin, a list of findings, a document: the <c>group</c>
    /// field of <c>seeds/cases/</c>); empty when the row has none, and then <see cref="Source"/> stands in.
    /// </summary>
    public string Group { get; init; } = string.Empty;

    /// <summary>Which corpus file the row came from (the <c>origin</c> field of <c>seeds/cases/</c>); empty when unknown.</summary>
    public string Origin { get; init; } = string.Empty;

    /// <summary>The violation type (the <c>type</c> field of <c>seeds/cases/</c>: entry, flow, cost, conduct …); empty when unknown.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>
    /// Whether the built-in rules were written with the row at hand (the <c>rule_split</c> field of <c>seeds/cases/</c>:
    /// <c>dev</c>, or <c>held-out</c> for rows never read while writing rules or their tests); empty when the row is not
    /// a problem row of the bulletins and lists.
    /// </summary>
    public string RuleSplit { get; init; } = string.Empty;

    /// <summary>
    /// How much the row counts in training (1 by default): synthetic augmentation rows are given less weight than real
    /// text so that they teach the labels real rows lack without outvoting real wording.
    /// </summary>
    public float Weight { get; init; } = 1f;

    /// <summary>The key a grouped split uses: <see cref="Group"/>, else <see cref="Source"/>, else the text itself.</summary>
    public string GroupKey => Group.Length > 0 ? Group : Source.Length > 0 ? Source : Text;
}
