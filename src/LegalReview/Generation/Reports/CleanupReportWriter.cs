using LegalReview.Generation.Docx;

namespace LegalReview.Generation.Reports;

/// <summary>
/// Writes the 清理 report as a .docx (GB/T 9704 layout): the scope, the totals, and one table each of the
/// documents proposed to keep, amend and repeal, with the reasons.
/// </summary>
public static class CleanupReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="input">The report facts and the documents.</param>
    /// <param name="stream">The destination (left open).</param>
    public static void Write(CleanupReportInput input, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Build(input).ToArray());
    }

    /// <summary>Writes the report to a file.</summary>
    /// <param name="input">The report facts and the documents.</param>
    /// <param name="path">The .docx path (overwritten).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static Task WriteFileAsync(CleanupReportInput input, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return File.WriteAllBytesAsync(path, Build(input).ToArray(), cancellationToken);
    }

    /// <summary>The Chinese name of an action: 保留, 修改, 废止.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The name.</returns>
    internal static string ActionName(CleanupAction action) => action switch
    {
        CleanupAction.Keep => "保留",
        CleanupAction.Amend => "修改",
        CleanupAction.Repeal => "废止",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static OfficialDocumentBuilder Build(CleanupReportInput input)
    {
        var title = input.Title ?? "关于行政规范性文件清理情况的报告";
        var b = new OfficialDocumentBuilder { Title = title, Author = input.ReportingBody };
        b.IssuerMark(input.ReportingBody);
        b.NumberAndSeparator(input.ReportNumber);
        b.DocumentTitle(title);
        if (!string.IsNullOrWhiteSpace(input.Recipient))
        {
            b.Recipient(input.Recipient);
        }

        var keep = input.Entries.Where(e => e.Action == CleanupAction.Keep).ToList();
        var amend = input.Entries.Where(e => e.Action == CleanupAction.Amend).ToList();
        var repeal = input.Entries.Where(e => e.Action == CleanupAction.Repeal).ToList();
        b.Body($"根据行政规范性文件管理有关规定，我单位对{input.Scope}进行了全面清理，逐件审查其制定依据是否已修改或者废止、内容是否与现行法律、法规、规章和国家政策相一致、有效期是否届满。本次共清理文件{input.Entries.Count}件，经清理，拟保留{keep.Count}件，拟修改{amend.Count}件，拟废止{repeal.Count}件。具体情况如下：");

        var section = 1;
        foreach (var (action, entries) in new[] { (CleanupAction.Repeal, repeal), (CleanupAction.Amend, amend), (CleanupAction.Keep, keep) })
        {
            b.Heading1($"{LegalText.Ordinal(section++)}拟{ActionName(action)}的文件（{entries.Count}件）");
            if (entries.Count == 0)
            {
                b.Body("无。");
                continue;
            }

            b.Table(
                ["序号", "文件名称", "文号", "清理理由"],
                entries.Select((e, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Title, e.DocumentNumber ?? "—", string.Join("\n", e.Reasons)]),
                [9, 29, 20, 42]);
        }

        b.Body("以上清理意见，请审定。");
        b.Signature(input.ReportingBody, input.Date);
        return b;
    }
}
