using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>
/// LR5005: 章、条 numbered with Chinese numerals, continuously through the whole text (no gaps, duplicates or
/// reversals); 项 written "（一）" with full-width brackets and numbered in order within their 款.
/// </summary>
[ReviewRule("LR5005", RuleCategory.Form, FindingSeverity.Warning, "章、条、项序号不规范",
    Description = "条文式规范性文件的章、节、条用汉字数字依次表述，条的序号不分章节连续计算，不得跳号、重号；款不编号；项用加括号的汉字数字“（一）”表述，目用阿拉伯数字“1.”表述。",
    Suggestion = "按顺序重新编排序号。",
    OffendingExample = "第一条 ……\n第二条 ……\n第四条 ……",
    CompliantExample = "第一条 ……\n第二条 ……\n第三条 ……")]
[LegalBasis("《中华人民共和国立法法》第六十五条（适用于法律，参照）", Verified = false)]
[LegalBasis("《行政法规制定程序条例》第六条（适用于行政法规，参照）", Verified = false)]
internal sealed class LR5005ProvisionNumbering : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        foreach (var section in context.Document.Sections.Where(s => s.Style == BodyStyle.Articles))
        {
            CheckSequence(context, section.AllProvisions.Where(p => p.Kind == ProvisionKind.Chapter).ToList(), "章");
            CheckSequence(context, section.Articles.ToList(), "条");
            foreach (var p in section.AllProvisions)
            {
                if (p.Kind is ProvisionKind.Chapter or ProvisionKind.Article && p.NumberText.Any(c => char.IsAsciiDigit(c) || c is >= '０' and <= '９'))
                {
                    var unit = p.Kind == ProvisionKind.Chapter ? "章" : "条";
                    context.Report(Head(context, p), $"“{p.NumberText}”使用了阿拉伯数字，{unit}的序号应使用汉字数字。", $"改为“第{ChineseNumerals.ToCounting(p.Number ?? 0)}{unit}”。");
                }

                if (p.Kind is ProvisionKind.Clause or ProvisionKind.Item)
                {
                    CheckItems(context, p);
                }
            }
        }
    }

    private static void CheckSequence(ReviewContext context, List<Provision> nodes, string unit)
    {
        int? previous = null;
        foreach (var node in nodes)
        {
            if (node.Number is not { } n)
            {
                continue;
            }

            var expected = (previous ?? 0) + 1;
            if (n != expected)
            {
                var message = previous is null
                    ? $"首个{unit}的序号为“第{Cn(n)}{unit}”，应从“第一{unit}”开始。"
                    : n == previous
                        ? $"“第{Cn(n)}{unit}”重号。"
                        : n > expected
                            ? $"“第{Cn(previous.Value)}{unit}”之后为“第{Cn(n)}{unit}”，缺少“第{Cn(expected)}{unit}”{(n - expected > 1 ? $"至“第{Cn(n - 1)}{unit}”" : string.Empty)}。"
                            : $"“第{Cn(previous.Value)}{unit}”之后为“第{Cn(n)}{unit}”，序号倒序。";
                context.Report(Head(context, node), message, $"{unit}的序号应连续编排，此处应为“第{Cn(expected)}{unit}”。");
            }

            previous = n;
        }
    }

    private static void CheckItems(ReviewContext context, Provision parent)
    {
        var items = parent.Children.Where(c => c.Kind is ProvisionKind.Item).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Number is { } n && n != i + 1)
            {
                context.Report(Head(context, item), $"项的序号“{item.NumberText}”不连续，此处应为“（{Cn(i + 1)}）”。", $"改为“（{Cn(i + 1)}）”。");
            }

            if (item.NumberText.Contains('(') || item.NumberText.Contains(')'))
            {
                context.Report(Head(context, item), $"项的序号“{item.NumberText}”使用了半角括号，应使用全角括号“（）”。", $"改为“（{Cn(item.Number ?? i + 1)}）”。");
            }
        }

        foreach (var sub in parent.Children.Where(c => c.Kind == ProvisionKind.SubItem))
        {
            if (sub.NumberText.Contains('、') && parent.Kind == ProvisionKind.Item)
            {
                context.Report(Head(context, sub), $"目的序号“{sub.NumberText}”应使用阿拉伯数字加下脚点“{sub.Number}.”。", $"改为“{sub.Number}.”。");
            }
        }
    }

    private static SourceSpan Head(ReviewContext context, Provision p)
    {
        var length = p.NumberText.Length > 0 ? p.NumberText.Length : Math.Min(p.Span.Length, 10);
        return context.Document.SpanAt(p.Span.Offset, length);
    }

    private static string Cn(int n) => ChineseNumerals.ToCounting(n);
}
