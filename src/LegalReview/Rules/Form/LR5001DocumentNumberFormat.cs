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

        // One finding per 文号, listing every defect it has.
        var defects = number.Problems.Select(p => Describe(p)).ToList();
        var yearMismatch = number.Year is { } year && doc.IssueDate is { } issued && issued.Value.Year != year;
        if (yearMismatch)
        {
            defects.Add($"年份（{number.Year}年）与成文日期（{doc.IssueDate!.Original}）的年份不一致");
        }

        if (CodeMismatch(number.AgencyCode, doc.Issuers) is { } mismatch)
        {
            defects.Add(mismatch);
        }

        if (defects.Count == 0)
        {
            return;
        }

        var fixes = new List<string>();
        if (number.Problems.Count > 0 && number.Canonical is { } c)
        {
            fixes.Add(number.IsGarbled ? $"可能应为“{c}”，请核对原件后改正。" : $"改为“{c}”。");
        }

        if (yearMismatch)
        {
            fixes.Add("核对文号年份与成文日期，使二者一致。");
        }

        context.Report(span, $"文号“{number.Raw}”{string.Join("；", defects)}。", fixes.Count > 0 ? string.Join(string.Empty, fixes) : null);
    }

    // 府发/政发 is the government's own 代字; 府办发/政办发 (with 办) belongs to its general office (办公室/办公厅).
    private static string? CodeMismatch(string code, IReadOnlyList<string> issuers)
    {
        if (issuers.Count != 1 || code.Length == 0)
        {
            return null;
        }

        var issuer = issuers[0];
        var office = issuer.EndsWith("办公室", StringComparison.Ordinal) || issuer.EndsWith("办公厅", StringComparison.Ordinal);
        var government = issuer.EndsWith("人民政府", StringComparison.Ordinal) || issuer == "国务院";
        var officeCode = code.Contains('办', StringComparison.Ordinal);
        var governmentCode = code.Contains('府', StringComparison.Ordinal) || code.Contains('政', StringComparison.Ordinal) || code.StartsWith('国');
        if (office && governmentCode && !officeCode && (issuer.Contains("政府", StringComparison.Ordinal) || issuer.StartsWith("国务院", StringComparison.Ordinal)))
        {
            return $"发文机关代字“{code}”是政府本级的代字，而发文机关是“{issuer}”，办公室（办公厅）发文应使用带“办”字的代字";
        }

        if (government && officeCode)
        {
            return $"发文机关代字“{code}”是政府办公室（办公厅）的代字，而发文机关是“{issuer}”本级";
        }

        return null;
    }

    private static string Describe(DocumentNumberProblem problem) => problem switch
    {
        DocumentNumberProblem.WrongYearBrackets => "年份未使用六角括号“〔〕”",
        DocumentNumberProblem.AbbreviatedYear => "年份未标全称（应写四位年份）",
        DocumentNumberProblem.LeadingZeros => "顺序号编了虚位（如“01”）",
        DocumentNumberProblem.OrdinalPrefix => "顺序号前加了“第”字",
        DocumentNumberProblem.MissingHao => "缺少“号”字",
        DocumentNumberProblem.NonArabicDigits => "年份或顺序号未使用阿拉伯数字",
        DocumentNumberProblem.Garbled => "残缺，年份与顺序号连在一起（疑为转载时丢失了“〕”和“号”）",
        DocumentNumberProblem.MissingClosingBracket => "缺少年份的后括号“〕”",
        _ => "格式不规范",
    };
}
