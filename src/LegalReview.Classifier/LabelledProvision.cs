namespace LegalReview.Classifier;

/// <summary>One row of a labelled provision corpus (the JSONL format of <c>seeds/training/</c>).</summary>
/// <param name="Text">The provision text.</param>
/// <param name="Category">The label: a content category name or <c>ok</c>.</param>
/// <param name="Source">Where the row came from ("hand:…", "generated:L01", "feedback:…", "law:…").</param>
/// <param name="Note">Anything a reviewer of the corpus should know.</param>
public sealed record LabelledProvision(string Text, string Category, string Source = "", string Note = "");
