namespace LegalReview.Classifier.Cases;

/// <summary>One real published problem provision of the case bank (<c>seeds/cases/case-bank.jsonl</c>).</summary>
/// <param name="Id">The case's id (HC…, ZJ…, FRS…).</param>
/// <param name="Text">The provision (verbatim) or the reviewers' summary of the measure (<see cref="Verbatim"/> false).</param>
/// <param name="Category">The classifier label (competition, license, fee, rights …).</param>
/// <param name="Type">The violation type code (entry, flow, cost, conduct for competition; else the label).</param>
/// <param name="TypeName">The violation type in Chinese.</param>
/// <param name="Bulletin">The bulletin or list that published it.</param>
/// <param name="Issuer">Who issued the offending document.</param>
/// <param name="Date">The bulletin's date; empty when unknown.</param>
/// <param name="Title">The case title.</param>
/// <param name="Group">The source (bulletin or list) it belongs to, as the grouped folds use it.</param>
/// <param name="Verbatim">Whether the text is the document's own wording.</param>
public sealed record PublishedCase(string Id, string Text, string Category, string Type, string TypeName, string Bulletin, string Issuer, string Date, string Title, string Group, bool Verbatim);
