using System.Text;
using LegalReview.Generation.Statistics;

namespace LegalReview.Tracking;

/// <summary>
/// Writes the year's figures as the paragraph of an annual report's 二、(一): reviews received and concluded, filings
/// made upward, filings received and notices issued, then the project library.
/// </summary>
public static class AnnualStatisticsText
{
    /// <summary>Writes the paragraph.</summary>
    /// <param name="statistics">The figures.</param>
    /// <returns>The paragraph, e.g. "2024年，共收部门送审文件194份，审结193份；…".</returns>
    public static string Write(AnnualStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var s = statistics;
        var upper = string.IsNullOrWhiteSpace(s.UpperGovernment) ? "上级人民政府" : s.UpperGovernment;
        var congress = string.IsNullOrWhiteSpace(s.PeoplesCongress) ? "市人大常委会" : s.PeoplesCongress;
        var text = new StringBuilder();
        text.Append($"{s.Year}年，共收部门送审文件{s.ReviewsReceived}份，审结{s.ReviewsConcluded}份；");
        text.Append($"按时完成向{upper}报备规范性文件{s.FiledWithUpperGovernment}份、向{congress}报备规范性文件{s.FiledWithPeoplesCongress}份；");
        text.Append($"收到部门、镇（街道）报备文件{s.FilingsReceived}份，发出《规范性文件备案审查补充说明通知书》{s.ExplanationNoticesIssued}份");
        if (s.CorrectionsRequested > 0)
        {
            text.Append($"，督促制定机关纠错{s.CorrectionsRequested}件");
        }

        text.Append('。');
        text.Append($"{s.Year}年项目库共受理自动入库{s.ProjectsAutomatic}件、重点立项{s.ProjectsKey}件、申报立项{s.ProjectsApplied}件，");
        text.Append($"其中已完成印发{s.ProjectsIssued}件、不予立项{s.ProjectsRefused}件。");
        return text.ToString();
    }

    /// <summary>The rows of the figures table of the annual report: item and number.</summary>
    /// <param name="statistics">The figures.</param>
    /// <returns>The rows, in the report's order.</returns>
    public static IReadOnlyList<(string Item, int Count)> Figures(AnnualStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var s = statistics;
        return
        [
            ("收部门送审文件（件）", s.ReviewsReceived),
            ("审结（件）", s.ReviewsConcluded),
            (string.IsNullOrEmpty(s.UpperGovernment) ? "报上级政府备案（件）" : $"报{s.UpperGovernment}备案（件）", s.FiledWithUpperGovernment),
            (string.IsNullOrEmpty(s.PeoplesCongress) ? "报人大常委会备案（件）" : $"报{s.PeoplesCongress}备案（件）", s.FiledWithPeoplesCongress),
            ("收到部门、镇（街道）报备文件（件）", s.FilingsReceived),
            ("发出备案审查补充说明通知书（份）", s.ExplanationNoticesIssued),
            ("纠错（件）", s.CorrectionsRequested),
            ("项目库自动入库（项）", s.ProjectsAutomatic),
            ("重点立项（项）", s.ProjectsKey),
            ("申报立项（项）", s.ProjectsApplied),
            ("其中已印发（项）", s.ProjectsIssued),
            ("不予立项（项）", s.ProjectsRefused),
        ];
    }

    /// <summary>
    /// The input of the statistics section writer (<c>AnnualStatisticsDocxWriter</c>): the paragraph from
    /// <see cref="Write"/> and the rows from <see cref="Figures"/>.
    /// </summary>
    /// <param name="statistics">The figures.</param>
    /// <returns>The writer's input.</returns>
    public static AnnualStatisticsReportInput Report(AnnualStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return new AnnualStatisticsReportInput
        {
            Year = statistics.Year,
            Reporter = statistics.Reporter,
            Text = Write(statistics),
            Figures = Figures(statistics),
        };
    }
}
