using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>LR5002: the 成文日期 must be written "2024年3月5日": Arabic digits, full year, no padding.</summary>
[ReviewRule("LR5002", RuleCategory.Form, FindingSeverity.Warning, "成文日期格式不规范",
    Description = "成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）。",
    Suggestion = "按“2024年3月5日”的格式书写成文日期。",
    OffendingExample = "二〇二四年三月五日",
    CompliantExample = "2024年3月5日")]
[LegalBasis("《党政机关公文格式》（GB/T 9704-2012）第7.3.5.4条", Verified = false)]
[LegalBasis("《出版物上数字用法》（GB/T 15835-2011）第5.2.1条", Verified = false)]
internal sealed class LR5002IssueDateFormat : DocumentRule
{
    private static readonly DateOnly StandardInForce = new(2012, 7, 1);

    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        if (doc.GarbledIssueDate is { Readings.Count: not 1 } g)
        {
            var guess = g.Readings.Count > 1
                ? $"核对原件，可能为“{string.Join("”或“", g.Readings.Select(DocumentDate.FormatStandard))}”，按“2024年3月5日”的格式改正。"
                : "核对原件，按“2024年3月5日”的格式补正成文日期。";
            context.Report(g.Span, $"成文日期“{g.Original}”的数字连在一起，无法确定年、月、日（疑为转载时残缺）。", guess);
            return;
        }

        if (doc.IssueDate is not { Span: { } span } date || date.IsStandardForm)
        {
            return;
        }

        if (date.IsGarbled)
        {
            context.Report(span, $"成文日期“{date.Original}”的数字连在一起，缺少“年”“月”“日”（疑为转载时残缺）。", $"可能应为“{DocumentDate.FormatStandard(date.Value)}”，请核对原件后改正。");
            return;
        }

        // Before GB/T 9704-2012 (in force from 1 July 2012) the 成文日期 was written in Chinese numerals: an older
        // document followed the standard of its day.
        if (date.Form == DateTextForm.ChineseNumerals && date.Value < StandardInForce)
        {
            return;
        }

        var why = date.Form switch
        {
            DateTextForm.ZeroPadded => "月、日编了虚位",
            DateTextForm.ChineseNumerals => "使用了汉字数字",
            DateTextForm.Punctuated => "以圆点、斜线或短横线分隔",
            DateTextForm.AbbreviatedYear => "年份未标全称",
            DateTextForm.FullWidthDigits => "使用了全角数字",
            _ => "格式不规范",
        };
        context.Report(span, $"成文日期“{date.Original}”{why}。", $"改为“{DocumentDate.FormatStandard(date.Value)}”。");
    }
}
