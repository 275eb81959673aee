namespace LegalReview.Generation.Reports;

/// <summary>What a 清理 proposes for a document.</summary>
public enum CleanupAction
{
    /// <summary>保留: continues in force.</summary>
    Keep,

    /// <summary>修改: to be amended.</summary>
    Amend,

    /// <summary>废止: to be repealed (or declared expired).</summary>
    Repeal,
}
