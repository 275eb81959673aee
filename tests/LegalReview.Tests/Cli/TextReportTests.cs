using LegalReview.Cli.Output;
using LegalReview.Documents.Reading;
using LegalReview.Review;

namespace LegalReview.Tests.Cli;

/// <summary>The CLI text report keeps the models' hints apart from the rules' findings, suppressed or not.</summary>
public sealed class TextReportTests
{
    private const string Hint = "分类器与相似案例提示（";

    private static Finding At(string text, string words, string ruleId, FindingSource source, Suppression? suppression = null)
    {
        var offset = text.IndexOf(words, StringComparison.Ordinal);
        return new Finding
        {
            RuleId = ruleId,
            Title = ruleId + "标题",
            Category = RuleCategory.Competition,
            Severity = source == FindingSource.Rule ? FindingSeverity.Error : FindingSeverity.Info,
            Location = new FindingLocation("第二条", "第二条", offset, words.Length, 0),
            Quote = words,
            Message = ruleId + "说明",
            LegalBasis = [],
            Source = source,
            Suppression = suppression,
        };
    }

    private static string Write(params Finding[] findings)
    {
        const string Text = "某县促进工业经济发展若干措施\n第一条 为促进工业经济发展，制定本措施。\n第二条 享受扶持的企业须在本县设立独立核算的子公司。\n第三条 优先采购本地产品。";
        var document = new DocumentReader().ReadText(Text, "draft.txt");
        var fixedUp = findings.Select(f => f with
        {
            Location = f.Location with { Offset = document.Text.IndexOf(f.Quote, StringComparison.Ordinal) },
        }).ToArray();
        var result = new ReviewResult(document, fixedUp, ReviewProfile.National, ["LR3006"], TimeSpan.Zero);
        var o = new StringWriter();
        TextReport.Write(result, o, outline: false);
        return o.ToString();
    }

    [Test]
    public void Hints_StandAfterTheRuleFindings_InTheirOwnSection()
    {
        var text = Write(
            At(string.Empty, "设立独立核算的子公司", "LR3006", FindingSource.Rule),
            At(string.Empty, "优先采购本地产品", "LR0107", FindingSource.Classifier));

        var section = text.IndexOf(Hint, StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThan(0), text);
        Assert.That(text.IndexOf("LR3006说明", StringComparison.Ordinal), Is.LessThan(section));
        Assert.That(text.IndexOf("LR0107说明", StringComparison.Ordinal), Is.GreaterThan(section));
    }

    [Test]
    public void ASuppressedHint_StaysInTheHintsSection_MarkedSuppressed()
    {
        var text = Write(
            At(string.Empty, "设立独立核算的子公司", "LR3006", FindingSource.Rule),
            At(string.Empty, "优先采购本地产品", "LR0107", FindingSource.NearestCases, new Suppression("审核员甲", "政策性表述", "config")));

        var section = text.IndexOf(Hint, StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThan(0), "a suppressed hint still has its section: " + text);
        Assert.That(text.IndexOf("LR0107说明", StringComparison.Ordinal), Is.GreaterThan(section));
        Assert.That(text, Does.Contain("已豁免：审核员甲"));
    }
}
