using LegalReview.SampleHost.Data;

namespace LegalReview.SampleHost.Documents;

/// <summary>The kinds of document stored with a concluded case, and which cases have which.</summary>
public static class CaseDocuments
{
    /// <summary>The opinion letter (合法性审核意见书).</summary>
    public const string Opinion = "opinion";

    /// <summary>The annotated draft (审查批注稿); only for a .docx draft.</summary>
    public const string Annotated = "annotated";

    /// <summary>The review result JSON as concluded.</summary>
    public const string Result = "result";

    /// <summary>Whether the case's draft can carry an annotated copy: only a Word draft has comments to add.</summary>
    public static bool HasAnnotatedDraft(ReviewCase reviewCase) => reviewCase.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
}
