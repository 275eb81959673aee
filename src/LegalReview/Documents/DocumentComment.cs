namespace LegalReview.Documents;

/// <summary>
/// A Word comment in the draft. A reviewer can suppress a finding inline with a comment on the provision reading
/// "LegalReview 豁免 LR2004：理由" (or "审查豁免 LR2004 理由"); its author is recorded as who decided.
/// </summary>
/// <param name="Id">The comment id in the package.</param>
/// <param name="Author">The comment's author.</param>
/// <param name="Text">The comment text.</param>
/// <param name="ParagraphIndex">The logical paragraph the comment is anchored in, or -1 when it could not be placed.</param>
internal sealed record DocumentComment(string Id, string Author, string Text, int ParagraphIndex);
