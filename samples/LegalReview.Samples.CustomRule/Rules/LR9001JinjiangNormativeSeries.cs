using LegalReview.Review;

namespace Jinjiang.LegalReview.Rules;

/// <summary>
/// LR9001: a 行政规范性文件 issued by 晋江市人民政府 or its 办公室 carries a number of the 规范性文件 series
/// (晋政规 / 晋政办规), not of the ordinary 公文 series (晋政 / 晋政文 / 晋政办), so that it is registered, numbered
/// and published under the 三统一 system. A host that configures <see cref="ReviewOptions.DocumentNumberSeries"/>
/// replaces the built-in series.
/// </summary>
[ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "市政府规范性文件未使用规范性文件编号系列",
    Description = "晋江市人民政府及其办公室制发的行政规范性文件，应当实行统一登记、统一编号、统一印发，使用规范性文件专用的文号系列（“晋政规”“晋政办规”），不得使用普通公文的文号。",
    Suggestion = "按规范性文件编号系列重新编号，例如“晋政规〔2024〕1号”，并报司法行政部门统一登记。",
    OffendingExample = "晋政文〔2024〕35号",
    CompliantExample = "晋政规〔2024〕3号")]
[LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
public sealed class LR9001JinjiangNormativeSeries : DocumentRule
{
    private static readonly (string Issuer, string Series)[] BuiltInSeries =
    [
        ("晋江市人民政府办公室", "晋政办规"),
        ("晋江市人民政府", "晋政规"),
    ];

    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        if (doc.DocumentNumber is not { AgencyCode.Length: > 0 } number || doc.DocumentNumberSpan is not { } span)
        {
            return;
        }

        var expected = ExpectedSeries(doc.Issuers, context.Options.DocumentNumberSeries);
        if (expected.Count == 0 || expected.Contains(number.AgencyCode, StringComparer.Ordinal))
        {
            return;
        }

        var series = string.Join("”或“", expected);
        var year = number.Year ?? doc.IssueDate?.Value.Year ?? context.Today.Year;
        context.Report(
            span,
            $"晋江市人民政府制发的行政规范性文件使用了普通公文文号“{number.Raw}”，未使用规范性文件编号系列“{series}”。",
            $"改用“{expected[0]}〔{year}〕N号”编号，并报司法行政部门统一登记。");
    }

    private static IReadOnlyList<string> ExpectedSeries(IReadOnlyList<string> issuers, IReadOnlyList<string> configured)
    {
        // The office's series is checked first: "晋江市人民政府办公室" also begins with "晋江市人民政府".
        foreach (var (issuer, series) in BuiltInSeries)
        {
            if (issuers.Any(i => string.Equals(i, issuer, StringComparison.Ordinal)))
            {
                return configured.Count > 0 ? configured : [series];
            }
        }

        return [];
    }
}
