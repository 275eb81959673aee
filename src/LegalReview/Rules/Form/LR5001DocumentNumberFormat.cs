using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>LR5001: the 文号 must read 代字〔YYYY〕N号, and its year must match the 成文日期.</summary>
[ReviewRule("LR5001", RuleCategory.Form, FindingSeverity.Warning, "文号格式不规范",
    Description = "发文字号由发文机关代字、年份和发文顺序号组成。年份应标全称并用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位（即1不编为01），在阿拉伯数字后加“号”字。文号年份应与成文日期的年份一致。",
    Suggestion = "按“机关代字〔年份〕序号号”的格式改正文号，例如“晋政规〔2024〕1号”。",
    OffendingExample = "晋政规[2024]第03号",
    CompliantExample = "晋政规〔2024〕3号")]
[LegalBasis("《党政机关公文格式》（GB/T 9704-2012）第7.2.5条", Verified = false)]
[LegalBasis("《党政机关公文处理工作条例》第九条", Verified = false)]
internal sealed class LR5001DocumentNumberFormat : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        if (doc.DocumentNumber is not { } number || doc.DocumentNumberSpan is not { } span)
        {
            return;
        }

        var fix = number.Canonical is { } c ? $"改为“{c}”。" : null;
        foreach (var problem in number.Problems)
        {
            context.Report(span, Describe(problem, number), fix);
        }

        if (number.Year is { } year && doc.IssueDate is { } issued && issued.Value.Year != year)
        {
            context.Report(span, $"文号年份（{year}年）与成文日期（{issued.Original}）的年份不一致。", "核对文号年份与成文日期，使二者一致。");
        }
    }

    private static string Describe(DocumentNumberProblem problem, DocumentNumber n) => problem switch
    {
        DocumentNumberProblem.WrongYearBrackets => $"文号“{n.Raw}”的年份未使用六角括号“〔〕”。",
        DocumentNumberProblem.AbbreviatedYear => $"文号“{n.Raw}”的年份未标全称（应写四位年份）。",
        DocumentNumberProblem.LeadingZeros => $"文号“{n.Raw}”的顺序号编了虚位（如“01”）。",
        DocumentNumberProblem.OrdinalPrefix => $"文号“{n.Raw}”的顺序号前加了“第”字。",
        DocumentNumberProblem.MissingHao => $"文号“{n.Raw}”缺少“号”字。",
        DocumentNumberProblem.NonArabicDigits => $"文号“{n.Raw}”的年份或顺序号未使用阿拉伯数字。",
        _ => $"文号“{n.Raw}”格式不规范。",
    };
}
