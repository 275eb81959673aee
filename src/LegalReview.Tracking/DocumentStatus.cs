namespace LegalReview.Tracking;

/// <summary>Whether an issued document is in force (文件效力状态).</summary>
public enum DocumentStatus
{
    /// <summary>有效.</summary>
    InForce,

    /// <summary>已修改.</summary>
    Amended,

    /// <summary>已废止.</summary>
    Repealed,

    /// <summary>已失效: the validity period ended.</summary>
    Expired,
}
