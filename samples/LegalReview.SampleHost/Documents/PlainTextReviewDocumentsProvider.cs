using System.Globalization;
using System.Text;
using LegalReview.Documents;
using LegalReview.Review;
using LegalReview.SampleHost.Cases;

namespace LegalReview.SampleHost.Documents;

/// <summary>
/// Writes the opinion as a plain-text draft letter and the annotated draft as the document text with each finding
/// marked 〖…〗 and numbered notes after its paragraph.
/// </summary>
public sealed class PlainTextReviewDocumentsProvider(TimeProvider clock) : IReviewDocumentsProvider
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public Task<ReviewDocument> CreateOpinionAsync(CaseView view, CancellationToken cancellationToken = default)
    {
        var c = view.Case;
        var doc = view.Result.Document;
        var sb = new StringBuilder();
        sb.AppendLine(c.IsConcluded ? "合法性审核意见书" : "合法性审核意见书（草稿）");
        sb.AppendLine();
        sb.Append(c.Unit).AppendLine("：");
        sb.Append("    你单位报送的《").Append(Title(c.Title)).Append('》');
        if (c.DocumentNumber is { Length: > 0 } number)
        {
            sb.Append("（").Append(number).Append('）');
        }

        sb.Append("于").Append(Date(c.SubmittedAt)).AppendLine("收悉。经审核，现提出如下意见：");
        var section = 0;
        sb.AppendLine();
        sb.Append(Ordinals[section++]).Append("、审核结论：").AppendLine(c.Conclusion ?? "尚未作出结论");
        if (c.ConclusionNote is { Length: > 0 } conclusionNote)
        {
            sb.Append("    ").AppendLine(conclusionNote);
        }

        var required = view.Accepted.ToList();
        var open = view.Undecided.ToList();
        sb.AppendLine();
        sb.Append(Ordinals[section++]).AppendLine("、需要修改的问题");
        if (required.Count == 0)
        {
            sb.AppendLine("    无。");
        }

        var n = 0;
        foreach (var group in required.GroupBy(f => ArticleOf(doc, f)))
        {
            foreach (var f in group)
            {
                AppendFinding(sb, ++n, f);
            }
        }

        if (open.Count > 0)
        {
            sb.AppendLine();
            sb.Append(Ordinals[section++]).AppendLine("、尚待审核人员确认的审查发现");
            foreach (var f in open)
            {
                AppendFinding(sb, ++n, f);
            }
        }

        var lawful = view.Result.Findings.Where(f => f.IsSuppressed).ToList();
        if (lawful.Count > 0)
        {
            sb.AppendLine();
            sb.Append(Ordinals[section++]).AppendLine("、经审核认为合法、不要求修改的事项");
            foreach (var f in lawful)
            {
                sb.Append("    ").Append(f.Location.Label).Append("“").Append(f.Quote).Append("”：").Append(f.Message)
                  .Append("审核意见：").Append(f.Suppression!.Reason).AppendLine(f.Suppression.Reason.EndsWith('。') ? string.Empty : "。");
            }
        }

        sb.AppendLine();
        sb.AppendLine("    请你单位根据上述意见对草案进行修改完善，并将修改情况随送审稿一并报送。");
        sb.AppendLine();
        sb.Append("审核人员：").AppendLine(c.ConcludedBy ?? "（待定）");
        sb.Append("日期：").AppendLine(Date(c.ConcludedAt ?? clock.GetUtcNow()));
        return Task.FromResult(Text($"合法性审核意见-{c.Id}.txt", sb));
    }

    public Task<ReviewDocument> CreateAnnotatedAsync(CaseView view, CancellationToken cancellationToken = default)
    {
        var doc = view.Result.Document;
        var notes = view.Result.Findings.Select((f, i) => (Finding: f, Number: i + 1)).ToList();
        var sb = new StringBuilder();
        sb.Append("《").Append(Title(view.Case.Title)).AppendLine("》审查批注稿");
        sb.AppendLine("（〖〗内为审查发现所指文字，〔n〕为批注编号，批注列于所在段落之后。）");
        sb.AppendLine();
        foreach (var p in doc.Paragraphs)
        {
            var end = p.Offset + p.Text.Length;
            var here = notes.Where(x => x.Finding.Location.Offset >= p.Offset && x.Finding.Location.Offset < end).ToList();
            sb.AppendLine(Annotate(p.Text, p.Offset, here));
            foreach (var (f, number) in here)
            {
                sb.Append("    〔").Append(number).Append("〕").Append(f.RuleId).Append(' ').Append(f.Title).Append("：").Append(f.Message);
                if (f.IsSuppressed)
                {
                    sb.Append("（审核人员认为合法：").Append(f.Suppression!.Reason).Append('）');
                }
                else if (f.Suggestion.Length > 0)
                {
                    sb.Append("修改建议：").Append(f.Suggestion);
                }

                sb.AppendLine();
            }
        }

        return Task.FromResult(Text($"审查批注稿-{view.Case.Id}.txt", sb));
    }

    /// <summary>
    /// Puts 〖 〗 around each finding's words and the note numbers after the closing mark. Findings on the same words
    /// share one pair of marks, so a 文号 with three defects reads 〖…〗〔1〕〔2〕〔3〕.
    /// </summary>
    private static string Annotate(string text, int paragraphOffset, List<(Finding Finding, int Number)> here)
    {
        var spans = here
            .GroupBy(x => (Start: x.Finding.Location.Offset - paragraphOffset, Stop: Math.Min(x.Finding.Location.Offset - paragraphOffset + x.Finding.Location.Length, text.Length)))
            .ToList();
        var sb = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            foreach (var span in spans.Where(s => s.Key.Stop == i).OrderByDescending(s => s.Key.Start))
            {
                sb.Append('〗');
                foreach (var (_, number) in span)
                {
                    sb.Append('〔').Append(number.ToString(CultureInfo.InvariantCulture)).Append('〕');
                }
            }

            foreach (var _ in spans.Where(s => s.Key.Start == i).OrderByDescending(s => s.Key.Stop))
            {
                sb.Append('〖');
            }

            if (i < text.Length)
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private static void AppendFinding(StringBuilder sb, int n, Finding f)
    {
        sb.Append("    （").Append(n).Append("）").Append(f.Location.Label).Append("“").Append(f.Quote).Append("”：").AppendLine(f.Message);
        if (f.LegalBasis.Count > 0)
        {
            sb.Append("        依据：").AppendLine(string.Join("；", f.LegalBasis));
        }

        if (f.Suggestion.Length > 0)
        {
            sb.Append("        修改建议：").AppendLine(f.Suggestion);
        }
    }

    /// <summary>The article a finding sits in ("第十二条"), or its own label outside the articles (标题, 文号…).</summary>
    public static string ArticleOf(NormativeDocument doc, Finding f) =>
        doc.ProvisionAt(f.Location.Offset)?.Article?.Label is { Length: > 0 } article ? article : f.Location.Label;

    /// <summary>A title to put inside 《》: inner book-title marks become 〈〉, as nested titles are written.</summary>
    private static string Title(string title) => title.Trim('《', '》').Replace('《', '〈').Replace('》', '〉');

    private static string Date(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static ReviewDocument Text(string fileName, StringBuilder sb) =>
        new(fileName, "text/plain; charset=utf-8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray());
}
