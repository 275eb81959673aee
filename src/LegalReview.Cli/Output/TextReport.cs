using System.Globalization;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Cli.Output;

/// <summary>The terminal report of <c>legalreview check</c>: the document outline, then findings grouped by article.</summary>
internal static class TextReport
{
    private const int Excerpt = 36;

    public static void Write(ReviewResult result, TextWriter o, bool outline = true)
    {
        var doc = result.Document;
        o.WriteLine($"文件：{doc.SourceName}");
        o.WriteLine($"标题：{Or(doc.Title)}");
        if (doc.IsWrapper)
        {
            o.WriteLine($"印发文件：{doc.Body.Title}");
        }

        o.WriteLine($"文种：{Or(doc.Kind.Word)}{(doc.Kind.IsProvisional ? "（暂行/试行）" : string.Empty)}");
        o.WriteLine($"文号：{(doc.DocumentNumber is { } n ? $"{n.Raw}（代字“{n.AgencyCode}”，年份 {n.Year?.ToString(CultureInfo.InvariantCulture) ?? "？"}，序号 {n.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "？"}{(n.IsWellFormed ? "" : "，格式不规范")}）" : "（无）")}");
        o.WriteLine($"发文机关：{(doc.Issuers.Count > 0 ? string.Join("、", doc.Issuers) : "（未识别）")}");
        if (doc.Recipients is not null)
        {
            o.WriteLine($"主送机关：{doc.Recipients}");
        }

        o.WriteLine($"成文日期：{(doc.IssueDate is { } d ? $"{d.Original}（{d.Value:yyyy-MM-dd}）" : "（无）")}");
        o.WriteLine($"施行日期：{Effective(doc)}");
        o.WriteLine($"有效期：{Validity(doc)}");
        o.WriteLine($"条数：{doc.Articles.Count}");
        if (doc.Attachments.Count > 0)
        {
            o.WriteLine($"附件：{string.Join("；", doc.Attachments.Select(a => $"{a.Number}.{a.Title}{(a.Content is null ? "（未随附）" : string.Empty)}"))}");
        }

        if (doc.Properties.HasTrackedChanges)
        {
            o.WriteLine("提示：文档含有未接受的修订，已按接受全部修订后的文本审查。");
        }

        if (doc.Properties.HasMacros)
        {
            o.WriteLine("提示：文档含有宏（VBA），仅作为文本读取，未执行任何宏。");
        }

        if (outline)
        {
            o.WriteLine("结构：");
            foreach (var section in doc.Sections)
            {
                if (doc.Sections.Count > 1)
                {
                    o.WriteLine($"  【{SectionName(section)}】{section.Title}");
                }

                foreach (var p in section.Provisions)
                {
                    WriteNode(p, o, 2);
                }
            }
        }

        o.WriteLine();
        // The classifier's output is a hint, shown apart from the rules' findings (issue 16).
        var active = result.ActiveFindings.Where(f => f.Source == FindingSource.Rule).ToList();
        var hints = result.ActiveFindings.Where(f => f.Source != FindingSource.Rule).ToList();
        // A suppressed hint stays among the hints (as in JSON and the host), marked as suppressed.
        var hintsShown = result.Findings.Where(f => f.Source != FindingSource.Rule).ToList();
        var suppressed = result.Findings.Count - result.ActiveFindings.Count();
        o.WriteLine($"审查结果：{active.Count} 个问题（错误 {active.Count(f => f.Severity == FindingSeverity.Error)}，警告 {active.Count(f => f.Severity == FindingSeverity.Warning)}，提示 {active.Count(f => f.Severity == FindingSeverity.Info)}）{(suppressed > 0 ? $"，另有 {suppressed} 个已豁免" : string.Empty)}{(hints.Count > 0 ? $"；分类器与相似案例提示 {hints.Count} 条（见文末）" : string.Empty)}");
        if (result.HasRuleFailures)
        {
            o.WriteLine($"警告：{result.RuleFailures.Count} 条审查规则运行出错，审查结果可能不完整（缺少这些规则的问题）：");
            foreach (var failure in result.RuleFailures)
            {
                o.WriteLine($"  {failure}");
            }
        }

        WriteFindings(doc, result.Findings.Where(f => f.Source == FindingSource.Rule), o);
        if (hintsShown.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("分类器与相似案例提示（统计模型和已公布案例的判断，准确率尚未达到作为审查问题的标准，仅供审核人员参考）：");
            WriteFindings(doc, hintsShown, o);
        }
    }

    private static void WriteFindings(NormativeDocument doc, IEnumerable<Finding> findings, TextWriter o)
    {
        foreach (var group in findings.GroupBy(f => GroupLabel(doc, f)))
        {
            o.WriteLine($"【{group.Key}】");
            foreach (var f in group)
            {
                o.WriteLine($"  [{Severity(f.Severity)}] {f.RuleId} {f.Title}{(f.IsSuppressed ? $"（已豁免：{f.Suppression!.By}，{f.Suppression.Reason}）" : string.Empty)}");
                o.WriteLine($"    位置：{f.Location.Label}");
                o.WriteLine($"    原文：“{f.Quote}”");
                o.WriteLine($"    问题：{f.Message}");
                if (f.LegalBasis.Count > 0)
                {
                    o.WriteLine($"    依据：{string.Join("；", f.LegalBasis)}");
                }

                if (f.Suggestion.Length > 0)
                {
                    o.WriteLine($"    建议：{f.Suggestion}");
                }

                if (f.NearestCase is { } nc)
                {
                    o.WriteLine($"    {nc.Describe()}");
                }

                if (f.Note is not null)
                {
                    o.WriteLine($"    说明：{f.Note}");
                }
            }
        }
    }

    private static string GroupLabel(NormativeDocument doc, Finding f)
    {
        var p = doc.ProvisionAt(f.Location.Offset);
        var article = p?.Article;
        // The heading is the article's label only when the finding's own location lies under it; otherwise (a
        // finding in the header, a preamble, an attachment's own numbering) the finding's location heads its group.
        var heading = article is not null ? doc.LabelAt(article.Span.Offset) : f.Location.Label;
        return f.Location.Label.StartsWith(heading, StringComparison.Ordinal) ? heading : f.Location.Label;
    }

    private static void WriteNode(Provision p, TextWriter o, int indent)
    {
        var pad = new string(' ', indent * 2);
        switch (p.Kind)
        {
            case ProvisionKind.Chapter or ProvisionKind.Section:
                o.WriteLine($"{pad}{p.PathLabel.Split(' ')[^1]} {p.Text}");
                break;
            case ProvisionKind.Article:
                var clauses = p.Children.Count(c => c.Kind == ProvisionKind.Clause);
                o.WriteLine($"{pad}{p.Label} {Cut(p.Text)}{(clauses > 1 ? $"（{clauses}款）" : string.Empty)}");
                foreach (var c in p.Children.SelectMany(c => c.Children))
                {
                    WriteNode(c, o, indent + 1);
                }

                return;
            case ProvisionKind.Paragraph:
                o.WriteLine($"{pad}{Cut(p.Text)}");
                break;
            default:
                o.WriteLine($"{pad}{p.NumberText} {Cut(p.Text)}");
                break;
        }

        foreach (var c in p.Children)
        {
            WriteNode(c, o, indent + 1);
        }
    }

    private static string SectionName(DocumentSection s) => s.Kind switch
    {
        DocumentSectionKind.Notice => "通知",
        DocumentSectionKind.Attachment => "附件",
        _ => "正文",
    };

    private static string Effective(NormativeDocument doc)
    {
        if (doc.EffectiveDate is not { } e)
        {
            return "（未规定）";
        }

        var resolved = e.Resolve(doc.IssueDate?.Value);
        return $"{doc.GetText(e.Span)}{(resolved is { } r ? $"（{r:yyyy-MM-dd}）" : string.Empty)}";
    }

    private static string Validity(NormativeDocument doc)
    {
        if (doc.Validity is not { } v)
        {
            return "（未规定）";
        }

        var end = v.EndDate(doc.EffectiveDate?.Resolve(doc.IssueDate?.Value));
        return $"{doc.GetText(v.Span)}{(end is { } e ? $"（至 {e:yyyy-MM-dd}）" : string.Empty)}";
    }

    private static string Severity(FindingSeverity s) => s switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "警告",
        _ => "提示",
    };

    private static string Or(string s) => s.Length == 0 ? "（未识别）" : s;

    private static string Cut(string s) => s.Length <= Excerpt ? s : string.Concat(s.AsSpan(0, Excerpt), "……");
}
