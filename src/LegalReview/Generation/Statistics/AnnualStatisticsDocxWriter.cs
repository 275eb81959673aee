using System.Globalization;
using LegalReview.Generation.Docx;

namespace LegalReview.Generation.Statistics;

/// <summary>
/// Lays out the annual statistics section of the work report as a .docx (GB/T 9704 body text): a title, the
/// section's text paragraph and a small table of the year's figures, all from an
/// <see cref="AnnualStatisticsReportInput"/>.
/// </summary>
public static class AnnualStatisticsDocxWriter
{
    /// <summary>Writes the section.</summary>
    /// <param name="input">The year, paragraph and figures.</param>
    /// <param name="stream">The destination (left open).</param>
    public static void Write(AnnualStatisticsReportInput input, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Build(input).ToArray());
    }

    /// <summary>Writes the section to a file.</summary>
    /// <param name="input">The year, paragraph and figures.</param>
    /// <param name="path">The .docx path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static Task WriteFileAsync(AnnualStatisticsReportInput input, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return File.WriteAllBytesAsync(path, Build(input).ToArray(), cancellationToken);
    }

    private static OfficialDocumentBuilder Build(AnnualStatisticsReportInput s)
    {
        var year = s.Year.ToString(CultureInfo.InvariantCulture);
        var title = $"{year}年行政规范性文件合法性审核和备案审查工作情况";
        string[] titleLines = [$"{year}年行政规范性文件合法性审核", "和备案审查工作情况"];
        var b = new OfficialDocumentBuilder { Title = title, Author = s.Reporter.Length > 0 ? s.Reporter : "LegalReview" };
        b.DocumentTitle(titleLines);
        foreach (var paragraph in s.Text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            b.Body(paragraph);
        }

        b.Heading2($"表1　{year}年主要工作数据");
        b.Table(
            ["序号", "项目", "数量"],
            s.Figures.Select((f, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), f.Item, f.Count.ToString(CultureInfo.InvariantCulture)]),
            [10, 64, 26]);
        return b;
    }
}
