namespace LegalReview.Documents.Structure;

/// <summary>What the closing step found at the end of a part.</summary>
/// <param name="Issuers">The bodies named in the 落款.</param>
/// <param name="Date">The 成文日期 (a garbled one when it has a single reading).</param>
/// <param name="Attachments">The attachments named in the 附件说明.</param>
/// <param name="IsExcerpt">The part says it was shortened ("（本文有删减）").</param>
/// <param name="Garbled">A run-together 成文日期, as written.</param>
internal sealed record ClosingBlock(IReadOnlyList<string> Issuers, DocumentDate? Date, IReadOnlyList<Attachment> Attachments, bool IsExcerpt, GarbledDate? Garbled);
