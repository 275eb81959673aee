using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Knowledge;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>
/// LR5003: a title reads 发文机关 + 关于 + 事由 + 的 + 文种; the 文种 is one of the 15 法定文种 (or, for a text issued
/// on its own, the name of a normative text); a wrapper notice puts the issued text's name in 书名号; the 文种 is not
/// repeated.
/// </summary>
[ReviewRule("LR5003", RuleCategory.Form, FindingSeverity.Warning, "标题结构或文种不规范",
    Description = "公文标题由发文机关名称、事由和文种组成，一般为“发文机关＋关于＋事由＋的＋文种”。文种应当是《党政机关公文处理工作条例》第八条规定的15种法定文种之一；直接发布的规范性文件以“办法”“规定”“细则”“规则”等为名称。印发、转发文件的，被印发、转发的文件名称应加书名号；转发公文不得出现“的通知的通知”一类重叠文种。标题末尾的标点由LR5008提示，保留名称由LR5004提示。",
    Suggestion = "按“发文机关＋关于＋事由＋的＋文种”拟写标题，例如“晋江市人民政府关于印发《晋江市城市道路挖掘管理办法》的通知”。",
    OffendingExample = "晋江市人民政府关于印发晋江市城市道路挖掘管理办法的通知",
    CompliantExample = "晋江市人民政府关于印发《晋江市城市道路挖掘管理办法》的通知",
    ExamplePlacement = ExamplePlacement.Title)]
[LegalBasis("《党政机关公文处理工作条例》第八条", Verified = false)]
[LegalBasis("《党政机关公文处理工作条例》第九条", Verified = false)]
[LegalBasis("《党政机关公文格式》（GB/T 9704-2012）第7.3.1条", Verified = false)]
internal sealed partial class LR5003TitleStructure : DocumentRule
{
    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        if (doc.TitleSpan is not { } span || string.IsNullOrWhiteSpace(doc.Title))
        {
            // The reader only recognises a title that ends with a 文种; a first line that reads like a title
            // ("……关于……", no sentence punctuation) is a title without one.
            if (doc.Paragraphs.Count > 1 && doc.Paragraphs[0] is { } first && UnrecognisedTitle().IsMatch(TextNormalizer.Normalize(first.Text))
                && !IsTitleBrokenOverLines(doc))
            {
                context.Report(first.Span, $"标题“{first.Text.Trim()}”未以文种结尾；公文的文种应当是{string.Join("、", DocumentKindCatalog.Default.StatutoryKinds.Take(8))}等15种法定文种之一。", "在标题末尾补充文种，例如“……的通知”“……的意见”。");
            }

            return;
        }

        // A title printed over several lines is one title: line breaks and spacing inside it are layout, not words.
        var title = Compact(doc.Title);
        var core = TitleText.Core(title);
        if (DocumentKinds.FromTitle(core).Name == DocumentKindName.Reserved)
        {
            return;
        }

        var catalog = DocumentKindCatalog.Default;
        if (!catalog.TryFindEnding(core, out var word, out var statutory))
        {
            var wrapper = core.Contains("关于", StringComparison.Ordinal);
            context.Report(span, wrapper
                ? $"标题“{core}”未以文种结尾；公文的文种应当是{string.Join("、", catalog.StatutoryKinds.Take(8))}等15种法定文种之一。"
                : $"标题“{core}”未标明文种或规范性文件名称（如“办法”“规定”“细则”）。", "在标题末尾补充文种，例如“……的通知”“……管理办法”。");
            return;
        }

        if (Repeated().Match(core) is { Success: true } repeated)
        {
            context.Report(span, $"标题中文种重复（“{repeated.Value}”）。", "转发公文时，将被转发文件的标题加书名号，例如“关于转发《……》的通知”，或者直接概括事由。");
            return;
        }

        var unquoted = UnquotedWrapper().Match(title);
        if (unquoted.Success)
        {
            var name = unquoted.Groups["name"];
            // Point at the name where the title holds it unbroken; a name split over two lines is reported on the title.
            var at = doc.Title.IndexOf(name.Value, StringComparison.Ordinal);
            context.Report(at >= 0 ? doc.SpanAt(span.Offset + at, name.Length) : span, $"印发、转发的文件名称“{name.Value}”未加书名号。", $"改为“《{name.Value}》”。");
            return;
        }

        var about = core.IndexOf("关于", StringComparison.Ordinal);
        if (statutory && about >= 0 && !LinksSubjectToKind(core, word) && core.Length > about + 2 + word.Length)
        {
            context.Report(span, $"标题使用“关于……{word}”的结构，但事由与文种之间缺少“的”字。", $"改为“关于……的{word}”。");
        }
    }

    private static string Compact(string title) => Spacing().Replace(title, string.Empty);

    // "……的意见", and with a qualifier between 的 and the 文种: "……的指导意见", "……的若干意见", "……的复函", "……的实施意见".
    private static bool LinksSubjectToKind(string core, string word)
    {
        var at = core.LastIndexOf('的');
        return at >= 0 && core.EndsWith(word, StringComparison.Ordinal) && core.Length - at - 1 - word.Length is >= 0 and <= 4;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();

    [GeneratedRegex(@"^[^。，；：！？\n]{2,40}关于[^。，；：！？\n]{2,60}$")]
    private static partial Regex UnrecognisedTitle();

    [GeneratedRegex(@"的(通知|意见|决定|通告|公告|通报|批复|函)的\1$")]
    private static partial Regex Repeated();

    // A title printed over two or three lines ("国务院关于印发国家职业教育改革" / "实施方案的通知") ends with its 文种 on the
    // last line, before the 文号 or the recipients.
    private static bool IsTitleBrokenOverLines(NormativeDocument doc)
    {
        var joined = string.Empty;
        foreach (var p in doc.Paragraphs.Take(3))
        {
            var line = p.Text.Trim();
            if (line.Contains('〔', StringComparison.Ordinal) || line.EndsWith('：') || line.Length == 0)
            {
                break;
            }

            joined += line.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);
            if (DocumentKindCatalog.Default.StatutoryKinds.Any(k => joined.EndsWith(k, StringComparison.Ordinal)) || joined.EndsWith("复函", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Titles carry no punctuation except the 书名号 of the rule-like texts they issue (办法、规定、细则、规则); a 方案 or
    // 意见 issued by a notice is written without them in the State Council's own titles.
    [GeneratedRegex(@"关于(?:印发|转发|公布|发布|颁布)(?<name>[^《》]{2,60}?(?:办法|规定|细则|规则))的通知")]
    private static partial Regex UnquotedWrapper();
}
