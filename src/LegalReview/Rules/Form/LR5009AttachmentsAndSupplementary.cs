using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>
/// LR5009: the 附件说明 names each attachment without end punctuation and matches the attached texts; an
/// attachment the body refers to is attached; the 附则 of an article-style text says who interprets it.
/// </summary>
[ReviewRule("LR5009", RuleCategory.Form, FindingSeverity.Info, "附件或附则不完整",
    Description = "公文如有附件，在正文下空一行左空二字标注“附件：”，有多个附件的，用阿拉伯数字标注序号；附件名称后不加标点符号；附件应当与附件说明一致并随文附送，正文提及的附件应当附后。条文式规范性文件的附则一般应当明确解释机关（如“本办法由县XX局负责解释”）。施行日期、有效期分别由LR4007、LR4008核查。",
    Suggestion = "删去附件名称后的标点，使附件说明与所附文件一致并附齐附件；在附则中写明解释机关。",
    OffendingExample = "附件：1.晋江市城市道路挖掘申请表。",
    CompliantExample = "附件：1.晋江市城市道路挖掘申请表",
    ExamplePlacement = ExamplePlacement.Closing)]
[LegalBasis("《党政机关公文格式》（GB/T 9704-2012）第7.3.4条", Verified = false)]
[LegalBasis("《党政机关公文格式》（GB/T 9704-2012）第7.3.7条", Verified = false)]
[LegalBasis("《规章制定程序条例》第三十三条（规章解释权属于制定机关，参照）", Verified = false)]
internal sealed partial class LR5009AttachmentsAndSupplementary : DocumentRule
{
    private const int MinimumArticlesForInterpretation = 5;

    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        CheckAttachmentNote(context, doc);
        CheckMentions(context, doc);
        CheckInterpretation(context, doc);
    }

    private static void CheckAttachmentNote(ReviewContext context, NormativeDocument doc)
    {
        var entries = Entries(doc);
        var markers = Markers(doc);
        var attachedSections = doc.Sections.Count(s => s.Kind == DocumentSectionKind.Attachment && !(doc.IsWrapper && s == doc.Body));
        foreach (var (number, title, span) in entries)
        {
            var trimmed = title.TrimEnd();
            if (trimmed.Length > 0 && "。.，,；;：:、".Contains(trimmed[^1], StringComparison.Ordinal))
            {
                context.Report(doc.SpanAt(span.Offset + trimmed.Length - 1, 1), $"附件名称“{trimmed}”后加了标点符号。", "删去附件名称后的标点符号。");
            }

            var core = TitleText.Core(trimmed);
            if (markers.TryGetValue(number, out var attachedTitle))
            {
                if (Squeeze(attachedTitle) != Squeeze(core))
                {
                    context.Report(span, $"附件说明中的“{core}”与所附附件{number}的标题“{attachedTitle}”不一致。", "使附件说明与所附文件的标题一致。");
                }
            }
            else if (markers.Count > 0 || attachedSections > 0)
            {
                // Without any attached part the attachments usually travel as separate files; once some are
                // attached in the text, a listed one that is not is missing.
                context.Report(span, $"附件说明列明了附件{number}“{core}”，但文件未附该附件。", "附齐附件说明列明的附件。");
            }
        }
    }

    private static void CheckMentions(ReviewContext context, NormativeDocument doc)
    {
        var count = new[]
        {
            Entries(doc).Count,
            Markers(doc).Count,
            doc.Sections.Count(s => s.Kind == DocumentSectionKind.Attachment && !(doc.IsWrapper && s == doc.Body)),
        }.Max();
        foreach (var p in doc.Sections.Where(s => s.Kind != DocumentSectionKind.Attachment).SelectMany(s => s.AllProvisions).Where(p => p.Text.Length > 0))
        {
            for (var m = Mention().Match(context.Normalized(p)); m.Success; m = m.NextMatch())
            {
                var n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                if (n > count)
                {
                    context.Report(p, m, count == 0
                        ? $"正文提及“{m.Value}”，但文件没有附件说明，也未附该附件。"
                        : $"正文提及“{m.Value}”，但文件只有{count}个附件。", "附齐正文提及的附件，并在正文下标注附件说明。");
                }
            }
        }
    }

    // The 附件说明 entries: the reader's, or, when the document does not end with its 落款 (attachments follow it),
    // read here from the "附件：" line and the numbered lines under it.
    private static List<(int Number, string Title, SourceSpan Span)> Entries(NormativeDocument doc)
    {
        if (doc.Attachments.Count > 0)
        {
            return doc.Attachments.Select(a => (a.Number, a.Title, a.Span)).ToList();
        }

        var result = new List<(int, string, SourceSpan)>();
        var paragraphs = doc.Paragraphs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var note = AttachmentNote().Match(TextNormalizer.Normalize(paragraphs[i].Text));
            if (!note.Success)
            {
                continue;
            }

            AddEntry(result, paragraphs[i], note.Groups["rest"].Index, note.Groups["rest"].Value);
            for (var j = i + 1; j < paragraphs.Count && ListEntry().IsMatch(TextNormalizer.Normalize(paragraphs[j].Text)); j++)
            {
                AddEntry(result, paragraphs[j], 0, paragraphs[j].Text);
            }

            break;
        }

        return result;
    }

    private static void AddEntry(List<(int, string, SourceSpan)> result, DocumentParagraph p, int at, string entry)
    {
        if (entry.Trim().Length == 0)
        {
            return;
        }

        var m = ListEntry().Match(TextNormalizer.Normalize(entry));
        var number = m.Success ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : result.Count + 1;
        var titleAt = at + (m.Success ? m.Groups["t"].Index : 0);
        var title = p.Text[titleAt..];
        result.Add((number, title, new SourceSpan(p.Offset + titleAt, title.Length, p.Index)));
    }

    // The attached texts: "附件" or "附件2" alone on a line, followed by the attachment's title.
    private static Dictionary<int, string> Markers(NormativeDocument doc)
    {
        var result = new Dictionary<int, string>();
        var paragraphs = doc.Paragraphs;
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            var m = AttachmentMarker().Match(TextNormalizer.Normalize(paragraphs[i].Text).Trim());
            if (m.Success)
            {
                var n = m.Groups["n"].Length > 0 ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                result.TryAdd(n, TitleText.Core(paragraphs[i + 1].Text));
            }
        }

        return result;
    }

    private static string Squeeze(string s) => Regex.Replace(TextNormalizer.Normalize(s), @"\s|《|》", string.Empty);

    private static void CheckInterpretation(ReviewContext context, NormativeDocument doc)
    {
        var body = doc.Body;
        var articles = body.Articles.ToList();
        // A regulation, a central document or a text outside legality review follows its own drafting rules.
        if (body.Style != BodyStyle.Articles || articles.Count < MinimumArticlesForInterpretation || !context.DocumentProfile.ProcedureApplies)
        {
            return;
        }

        if (articles.Any(a => Interpretation().IsMatch(TextNormalizer.Normalize(a.FullText()))))
        {
            return;
        }

        var supplementary = body.AllProvisions.FirstOrDefault(p => p.Kind == ProvisionKind.Chapter && p.Text.Contains("附则", StringComparison.Ordinal));
        var at = supplementary ?? articles[^1];
        var span = context.Document.SpanAt(at.Span.Offset, at.NumberText.Length > 0 ? at.NumberText.Length : Math.Min(at.Span.Length, 6));
        context.Report(span, "附则未规定解释机关（如“本办法由××负责解释”）。", "在附则中增加解释条款，明确由制定机关或其指定的部门负责解释。");
    }

    [GeneratedRegex(@"(?:见|详见|参见|按照|填写)附件(?<n>[0-9]{1,2})?|附件(?<n>[0-9]{1,2})(?=[）)，。；、的])")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^附件\s*：\s*(?<rest>.*)$")]
    private static partial Regex AttachmentNote();

    [GeneratedRegex(@"^(?<n>[0-9]{1,2})[.、]\s*(?<t>.+)$")]
    private static partial Regex ListEntry();

    [GeneratedRegex(@"^附件\s*(?<n>[0-9]{0,2})$")]
    private static partial Regex AttachmentMarker();

    [GeneratedRegex(@"(?:负责|予以|进行)解释|解释权|由[^。；]{1,30}解释")]
    private static partial Regex Interpretation();
}
