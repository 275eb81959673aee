namespace LegalReview.Knowledge;

/// <summary>A State Council or central document with its 文号, for checking that a citation pairs title and number correctly.</summary>
/// <param name="Number">The 文号 ("国办发〔2018〕115号").</param>
/// <param name="Titles">The titles drafts cite it by, without the issuing organ's name.</param>
/// <param name="Verified">Whether the pair was checked against the official text or a secondary source (false: unverified).</param>
internal sealed record IssuedDocument(string Number, IReadOnlyList<string> Titles, bool Verified);
