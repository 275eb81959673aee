using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>
/// LR5006: in 意见/通知-style texts the heading levels run "一、" → "（一）" → "1." → "（1）": no level skipped, no
/// "（一）、" or "1、", and headings of one level numbered in order.
/// </summary>
[ReviewRule("LR5006", RuleCategory.Form, FindingSeverity.Info, "结构层次序数不规范",
    Description = "段落式公文的结构层次序数，第一层为“一、”，第二层为“（一）”，第三层为“1.”，第四层为“（1）”；不得越级使用（如“一、”下直接使用“1.”），带括号的序数后不加顿号（不写“（一）、”），阿拉伯数字后用下脚点而不用顿号（不写“1、”），同一层次的序数应当连续。条文式文件的章、条、项、目序号由LR5005核查。",
    Suggestion = "按“一、”“（一）”“1.”“（1）”的顺序逐级使用结构层次序数。",
    OffendingExample = "一、总体要求\n1、加强组织领导",
    CompliantExample = "一、总体要求\n（一）加强组织领导",
    ExamplePlacement = ExamplePlacement.Body)]
[LegalBasis("《党政机关公文格式》（GB/T 9704-2012）第7.3.3条", Verified = false)]
internal sealed class LR5006HeadingHierarchy : DocumentRule
{
    private static readonly string[] Shapes = ["一、", "（一）", "1.", "（1）"];

    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        foreach (var section in context.Document.Sections.Where(s => s.Style == BodyStyle.Headings))
        {
            var headings = section.AllProvisions.Where(p => Level(p) > 0).ToList();
            foreach (var h in headings)
            {
                CheckShape(context, h);
                var level = Level(h);
                var parentLevel = h.Parent is { } parent ? Level(parent) : 0;
                if (level > 1 && parentLevel > 0 && level > parentLevel + 1)
                {
                    context.Report(Head(context, h), $"“{Shapes[parentLevel - 1]}”层次之下直接使用了“{Shapes[level - 1]}”层次的序数“{h.NumberText}”，越过了“{Shapes[parentLevel]}”层次。", $"此处应使用“{Shapes[parentLevel]}”层次的序数。");
                }
            }

            // Central documents number items through the whole text ("（九）" opens the second part after "（八）"):
            // a number that continues the level's run across parents is as consecutive as one that restarts at 1.
            var running = new Dictionary<int, int>();
            foreach (var group in headings.GroupBy(h => (h.Parent, Level(h))))
            {
                var expected = 1;
                var level = group.Key.Item2;
                foreach (var h in group)
                {
                    var continues = h.Number is { } c && running.TryGetValue(level, out var last) && c == last + 1 && expected == 1;
                    if (h.Number is { } n)
                    {
                        running[level] = n;
                    }

                    if (continues)
                    {
                        expected = h.Number!.Value + 1;
                        continue;
                    }

                    if (h.Number is { } n2 && n2 != expected)
                    {
                        context.Report(Head(context, h), $"同一层次的序数不连续：“{h.NumberText}”处应为第{expected}个。", "按顺序重新编排同一层次的序数。");
                    }

                    expected = (h.Number ?? expected) + 1;
                }

            }
        }
    }

    private static void CheckShape(ReviewContext context, Provision h)
    {
        var number = TextNormalizer.Normalize(h.NumberText).Trim();
        if (h.Kind is ProvisionKind.Heading2 or ProvisionKind.Heading4 && (h.NumberText.Contains('(') || h.NumberText.Contains(')')))
        {
            context.Report(Head(context, h), $"序数“{h.NumberText}”使用了半角括号，应使用全角括号“（）”。", $"改为“{number.TrimEnd('、', '.')}”。");
            return;
        }

        switch (h.Kind)
        {
            case ProvisionKind.Heading2 or ProvisionKind.Heading4 when number.EndsWith("）、", StringComparison.Ordinal) || number.EndsWith("）.", StringComparison.Ordinal):
                context.Report(Head(context, h), $"带括号的序数“{h.NumberText}”后不应再加标点。", $"改为“{number[..(number.IndexOf('）') + 1)]}”。");
                break;
            case ProvisionKind.Heading3 when number.EndsWith('、'):
                context.Report(Head(context, h), $"第三层序数“{h.NumberText}”应使用阿拉伯数字加下脚点。", $"改为“{number.TrimEnd('、')}.”。");
                break;
        }
    }

    private static int Level(Provision p) => p.Kind switch
    {
        ProvisionKind.Heading1 => 1,
        ProvisionKind.Heading2 => 2,
        ProvisionKind.Heading3 => 3,
        ProvisionKind.Heading4 => 4,
        _ => 0,
    };

    private static SourceSpan Head(ReviewContext context, Provision p) =>
        context.Document.SpanAt(p.Span.Offset, p.NumberText.Length > 0 ? p.NumberText.Length : Math.Min(p.Span.Length, 6));
}
