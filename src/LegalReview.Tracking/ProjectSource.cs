namespace LegalReview.Tracking;

/// <summary>How an item entered the project library (规范性文件项目库).</summary>
public enum ProjectSource
{
    /// <summary>自动入库: carried over, or mandated by an upper-level document.</summary>
    Automatic,

    /// <summary>重点立项: a key project listed in the annual plan.</summary>
    Key,

    /// <summary>申报立项: a department's application.</summary>
    Applied,
}
