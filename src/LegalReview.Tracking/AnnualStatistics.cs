namespace LegalReview.Tracking;

/// <summary>
/// The year's figures of the legality-review and filing work, as the annual report states them (二、(一) of the
/// source report): computed by the tracking store, written by the statistics writers.
/// </summary>
public sealed record AnnualStatistics
{
    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary>The reporting body, e.g. "晋江市司法局".</summary>
    public string Reporter { get; init; } = string.Empty;

    /// <summary>Drafts received from departments for legality review (收部门送审文件).</summary>
    public int ReviewsReceived { get; init; }

    /// <summary>Legality reviews concluded (审结).</summary>
    public int ReviewsConcluded { get; init; }

    /// <summary>Government documents filed with the government above (报上级政府备案).</summary>
    public int FiledWithUpperGovernment { get; init; }

    /// <summary>The government above, e.g. "泉州市人民政府".</summary>
    public string UpperGovernment { get; init; } = string.Empty;

    /// <summary>Government documents filed with the people's congress standing committee (报人大常委会备案).</summary>
    public int FiledWithPeoplesCongress { get; init; }

    /// <summary>The standing committee, e.g. "晋江市人大常委会".</summary>
    public string PeoplesCongress { get; init; } = string.Empty;

    /// <summary>Filings received from departments and towns (收到部门、镇（街道）报备文件).</summary>
    public int FilingsReceived { get; init; }

    /// <summary>Requests for supplementary explanation issued (发出备案审查补充说明通知书).</summary>
    public int ExplanationNoticesIssued { get; init; }

    /// <summary>Corrections requested (纠错).</summary>
    public int CorrectionsRequested { get; init; }

    /// <summary>Project-library entries added automatically (自动入库).</summary>
    public int ProjectsAutomatic { get; init; }

    /// <summary>Key projects (重点立项).</summary>
    public int ProjectsKey { get; init; }

    /// <summary>Applications for a project (申报立项).</summary>
    public int ProjectsApplied { get; init; }

    /// <summary>Applications that led to an issued document (已印发).</summary>
    public int ProjectsIssued { get; init; }

    /// <summary>Applications refused (不予立项).</summary>
    public int ProjectsRefused { get; init; }
}
