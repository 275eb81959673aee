using LegalReview.Analysis;
using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>LR5004: a normative document may not be named 条例, 法 or 规章.</summary>
[ReviewRule("LR5004", RuleCategory.Form, FindingSeverity.Error, "使用法律、法规、规章的保留名称",
    Description = "“法”是法律的名称，“条例”是行政法规和地方性法规的名称（规章不得称“条例”），“规章”只能由有规章制定权的机关按法定程序制定；行政规范性文件不得以“法”“条例”“暂行条例”“规章”命名。转发上级机关公布的条例属于转发，不在此列。",
    Suggestion = "将名称改为“办法”“规定”“细则”等规范性文件名称，例如“晋江市城市道路挖掘管理办法”。",
    OffendingExample = "晋江市城市道路挖掘管理条例",
    CompliantExample = "晋江市城市道路挖掘管理办法",
    ExamplePlacement = ExamplePlacement.Title)]
[LegalBasis("《行政法规制定程序条例》第五条")]
[LegalBasis("《规章制定程序条例》第七条")]
[LegalBasis("《中华人民共和国立法法》第九十三条")]
internal sealed partial class LR5004ReservedName : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        // 行政法规 are made by the State Council itself (and published by 令): "条例" is their lawful name there.
        if (context.DocumentProfile.IssuerLevel == IssuerLevel.Central)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (doc.TitleSpan is { } titleSpan && !string.IsNullOrEmpty(doc.Title))
        {
            if (doc.IsWrapper)
            {
                for (var m = IssuedNames().Match(doc.Title); m.Success; m = m.NextMatch())
                {
                    foreach (Capture c in m.Groups["name"].Captures)
                    {
                        Check(context, c.Value, doc.SpanAt(titleSpan.Offset + c.Index, c.Length), seen);
                    }
                }
            }
            else
            {
                Check(context, doc.Title, titleSpan, seen);
            }
        }

        if (doc.IsWrapper && ForwardOnly().IsMatch(doc.Title))
        {
            return;
        }

        foreach (var section in doc.Sections.Where(s => s.Kind != DocumentSectionKind.Notice && s.TitleSpan is not null && s.TitleSpan != doc.TitleSpan))
        {
            Check(context, section.Title, section.TitleSpan!.Value, seen);
        }
    }

    private static void Check(ReviewContext context, string title, SourceSpan span, HashSet<string> seen)
    {
        var core = TitleText.Core(title);
        var kind = DocumentKinds.FromTitle(core);
        if (kind.Name != DocumentKindName.Reserved || NotALawName().IsMatch(core) || !seen.Add(core))
        {
            return;
        }

        var why = kind.Word switch
        {
            "条例" or "暂行条例" => "“条例”是行政法规和地方性法规的名称",
            "规章" => "“规章”只能由有规章制定权的机关依照法定程序制定",
            _ => "“法”是法律的名称",
        };
        var fixedName = core[..^kind.Word.Length] + "办法";
        context.Report(span, $"规范性文件“{core}”以“{kind.Word}”命名：{why}，规范性文件不得使用。", $"改为“{fixedName}”或“……规定”“……细则”。");
    }

    // 印发/公布/发布 make the named text the issuer's own; 转发 passes on a higher body's text and is not checked.
    [GeneratedRegex(@"关于(?:印发|公布|发布|颁布|修订印发)(?:《(?<name>[^《》]+)》[、和及与]?)+")]
    private static partial Regex IssuedNames();

    [GeneratedRegex(@"关于转发")]
    private static partial Regex ForwardOnly();

    // Words ending in 法 that are not a law's name.
    [GeneratedRegex(@"(?:方法|做法|算法|说法|手法|疗法|写法|用法|书法|计法)$")]
    private static partial Regex NotALawName();
}
