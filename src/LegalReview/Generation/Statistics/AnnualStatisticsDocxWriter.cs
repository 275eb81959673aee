using System.Globalization;
using LegalReview.Generation.Docx;

namespace LegalReview.Generation.Statistics;

/// <summary>
/// Lays out the annual statistics section of the work report as a .docx (GB/T 9704 body text): a title, the
/// section's text paragraph (written by <c>AnnualStatisticsText</c>) and a small table of the year's figures.
/// </summary>
public static class AnnualStatisticsDocxWriter
{
    /// <summary>Writes the section.</summary>
    /// <param name="text">The section's paragraph (one or more paragraphs separated by line breaks).</param>
    /// <param name="statistics">The figures.</param>
    /// <param name="stream">The destination (left open).</param>
    public static void Write(string text, AnnualStatistics statistics, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Build(text, statistics).ToArray());
    }

    /// <summary>Writes the section to a file.</summary>
    /// <param name="text">The section's paragraph.</param>
    /// <param name="statistics">The figures.</param>
    /// <param name="path">The .docx path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static Task WriteFileAsync(string text, AnnualStatistics statistics, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return File.WriteAllBytesAsync(path, Build(text, statistics).ToArray(), cancellationToken);
    }

    /// <summary>The rows of the figures table: item and number.</summary>
    /// <param name="s">The figures.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<(string Item, int Count)> Figures(AnnualStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
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

    private static OfficialDocumentBuilder Build(string text, AnnualStatistics s)
    {
        var year = s.Year.ToString(CultureInfo.InvariantCulture);
        var title = $"{year}年行政规范性文件合法性审核和备案审查工作情况";
        string[] titleLines = [$"{year}年行政规范性文件合法性审核", "和备案审查工作情况"];
        var b = new OfficialDocumentBuilder { Title = title, Author = s.Reporter.Length > 0 ? s.Reporter : "LegalReview" };
        b.DocumentTitle(titleLines);
        foreach (var paragraph in text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            b.Body(paragraph);
        }

        b.Heading2($"表1　{year}年主要工作数据");
        b.Table(
            ["序号", "项目", "数量"],
            Figures(s).Select((f, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), f.Item, f.Count.ToString(CultureInfo.InvariantCulture)]),
            [10, 64, 26]);
        return b;
    }
}
