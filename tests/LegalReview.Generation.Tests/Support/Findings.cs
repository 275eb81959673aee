using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Generation.Tests.Support;

/// <summary>Builds findings that point at words of a document read by <c>DocumentReader</c>, as a rule would.</summary>
internal static class Findings
{
    /// <summary>A finding on the first occurrence of <paramref name="quote"/> in the document text.</summary>
    public static Finding At(NormativeDocument doc, string quote, string ruleId = "LR2010", FindingSeverity severity = FindingSeverity.Error, RuleCategory category = RuleCategory.Fee, int occurrence = 0)
    {
        var offset = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            offset = doc.Text.IndexOf(quote, offset + 1, StringComparison.Ordinal);
            Assert.That(offset, Is.GreaterThanOrEqualTo(0), $"“{quote}” is not in the document text");
        }

        var paragraph = doc.Paragraphs.Last(p => p.Offset <= offset);
        var label = doc.LabelAt(offset);
        return new Finding
        {
            RuleId = ruleId,
            Title = "违法设定保证金",
            Category = category,
            Severity = severity,
            Location = new FindingLocation(label, label, offset, quote.Length, paragraph.Index),
            Quote = quote,
            Message = "规范性文件不得违法要求经营者缴纳或者变相缴纳保证金",
            LegalBasis = ["《优化营商环境条例》第二十五条", "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）"],
            Suggestion = "删除缴纳保证金的要求",
        };
    }

    /// <summary>
    /// A model's hint on the first occurrence of <paramref name="quote"/>: a classifier finding or, with
    /// <see cref="FindingSource.NearestCases"/>, the nearest cases' vote with the case it rests on; info unless told.
    /// </summary>
    public static Finding Hint(NormativeDocument doc, string quote, FindingSource source = FindingSource.Classifier, FindingSeverity severity = FindingSeverity.Info) =>
        At(doc, quote, "LR0104", severity) with
        {
            Title = "分类器提示：可能违法设定收费或者征收",
            Message = source == FindingSource.Classifier ? "分类器判断本款可能设定保证金（置信度 0.91）" : "与本条款最相近的已公布案例多数属于违法设定收费（近邻一致度 0.90）",
            Suggestion = "本提示由统计模型作出，须由审核人员判断。",
            Confidence = 0.91,
            Source = source,
            NearestCase = source == FindingSource.NearestCases ? new NearestCase("C7", "某省通报", "某县政府", "2023-05-06", "要求企业缴纳保证金", "违法设定收费", 0.52) { Verbatim = false } : null,
        };

    /// <summary>A document-level finding without a quote.</summary>
    public static Finding DocumentLevel(string ruleId = "LR4001") => new()
    {
        RuleId = ruleId,
        Title = "未进行公平竞争审查",
        Category = RuleCategory.Procedure,
        Severity = FindingSeverity.Warning,
        Location = new FindingLocation("文件整体", "文件整体", 0, 0, -1),
        Quote = string.Empty,
        Message = "涉及经营者经济活动的文件未附公平竞争审查材料",
        LegalBasis = ["《公平竞争审查条例》第八条"],
        Suggestion = "补充公平竞争审查结论",
    };
}
