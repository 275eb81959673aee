using System.Text.RegularExpressions;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.Form;

/// <summary>
/// LR5008: Chinese text uses full-width punctuation; 《》“”（） are paired and not mixed with half-width marks;
/// titles carry no end punctuation.
/// </summary>
[ReviewRule("LR5008", RuleCategory.Form, FindingSeverity.Info, "标点符号使用不规范",
    Description = "中文文本应当使用全角标点符号；书名号、引号、括号应当成对使用，全角括号不得与半角括号混配；标题末尾不加标点符号。小数点、“1.”式序号、网址、英文缩写以及文号、日期中的字符不在核查之列；半角逗号、分号、冒号、问号、叹号、句点仅在紧随中文之后时提示，半角括号仅在括注中文内容时提示。",
    Suggestion = "将半角标点改为全角标点，补全或删除不成对的标点，删去标题末尾的标点。",
    OffendingExample = "本办法所称企业,是指在本市登记注册的企业(含个体工商户)。",
    CompliantExample = "本办法所称企业，是指在本市登记注册的企业（含个体工商户）。")]
[LegalBasis("《标点符号用法》（GB/T 15834-2011）", Verified = false)]
[LegalBasis("《党政机关公文格式》（GB/T 9704-2012）第7.3.1条", Verified = false)]
internal sealed partial class LR5008Punctuation : DocumentRule
{
    private const string HalfWidthMarks = ",;:?!.";
    private const string ChineseClosers = "》”）」』】〕";

    /// <inheritdoc />
    public override void Analyze(ReviewContext context)
    {
        var doc = context.Document;
        var reported = new HashSet<int>();
        var halfWidth = new List<(int Offset, char Mark)>();
        foreach (var (title, span) in Titles(doc))
        {
            var trimmed = title.TrimEnd();
            if (trimmed.Length > 0 && "。.，,；;：:、".Contains(trimmed[^1], StringComparison.Ordinal))
            {
                var at = span.Offset + trimmed.Length - 1;
                reported.Add(at);
                context.Report(doc.SpanAt(at, 1), $"标题“{trimmed}”末尾加了标点符号“{trimmed[^1]}”。", "删去标题末尾的标点符号。");
            }
        }

        var excluded = new List<SourceSpan>();
        if (doc.DocumentNumberSpan is { } numberSpan)
        {
            excluded.Add(numberSpan);
        }

        if (doc.IssueDate?.Span is { } dateSpan)
        {
            excluded.Add(dateSpan);
        }

        // Marks left open at the end of a paragraph may close at the start of the next: a title or a sentence set over
        // two lines (a 《》 title broken by the layout) is one pair, not two unpaired marks.
        IReadOnlyList<(int Offset, char Mark)> carried = [];
        foreach (var paragraph in doc.Paragraphs.Where(p => p.Part != SourcePartKind.Note))
        {
            var text = paragraph.Text;
            var skip = new bool[text.Length];
            for (var m = Url().Match(text); m.Success; m = m.NextMatch())
            {
                Array.Fill(skip, true, m.Index, m.Length);
            }

            foreach (var e in excluded.Where(e => e.Offset >= paragraph.Offset && e.Offset < paragraph.Offset + text.Length))
            {
                Array.Fill(skip, true, e.Offset - paragraph.Offset, Math.Min(e.Length, text.Length - (e.Offset - paragraph.Offset)));
            }

            if (LeadingNumber().Match(text) is { Success: true } number)
            {
                // Item and heading numbers are LR5005's and LR5006's concern.
                Array.Fill(skip, true, 0, number.Length);
            }

            CheckHalfWidth(context, paragraph, skip, reported, halfWidth);
            carried = CheckPairs(context, paragraph, skip, reported, carried);
        }

        ReportUnclosed(context, carried, reported);
        ReportHalfWidth(context, halfWidth);
    }

    // Half-width marks come in bulk when a text was copied from a web page: one finding for the document, with the
    // count and the first places, instead of one per character.
    private static void ReportHalfWidth(ReviewContext context, List<(int Offset, char Mark)> marks)
    {
        if (marks.Count == 0)
        {
            return;
        }

        var first = marks[0];
        var kinds = string.Concat(marks.Select(m => m.Mark).Distinct().Select(c => $"“{c}”"));
        var places = string.Join("、", marks.Take(3).Select(m => context.Document.LabelAt(m.Offset)).Distinct());
        var message = marks.Count == 1
            ? $"中文文本中使用了半角标点{kinds}。"
            : $"中文文本中有{marks.Count}处使用了半角标点（{kinds}），首见于{places}{(context.DocumentProfile.HasRepostMetadata ? "；文本带有网页转载的元数据，可能是转载时的格式转换所致" : string.Empty)}。";
        context.Report(context.Document.SpanAt(first.Offset, 1), message, "将半角逗号、分号、冒号、问号、叹号、句点和引号统一改为全角标点（可用“查找和替换”一次完成）。");
    }

    private static void CheckHalfWidth(ReviewContext context, DocumentParagraph paragraph, bool[] skip, HashSet<int> reported, List<(int Offset, char Mark)> found)
    {
        var text = paragraph.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (skip[i] || !(HalfWidthMarks.Contains(c, StringComparison.Ordinal) || c == '"'))
            {
                continue;
            }

            var before = i > 0 ? text[i - 1] : '\0';
            var after = i + 1 < text.Length ? text[i + 1] : '\0';
            bool offending = c switch
            {
                '.' => IsChinese(before) && (after == '\0' || char.IsWhiteSpace(after) || IsChinese(after)),
                '"' => IsChinese(before) || IsChinese(after),
                _ => IsChinese(before) || ChineseClosers.Contains(before, StringComparison.Ordinal),
            };
            if (offending && reported.Add(paragraph.Offset + i))
            {
                found.Add((paragraph.Offset + i, c));
            }
        }
    }

    /// <summary>
    /// Checks the paired marks of a paragraph. A closing mark with nothing open in the paragraph may close a mark the
    /// previous paragraph left open (<paramref name="carried"/>); what the previous paragraph left open and this one
    /// does not close is reported. Returns the marks this paragraph leaves open, for the next one.
    /// </summary>
    private static List<(int Offset, char Mark)> CheckPairs(ReviewContext context, DocumentParagraph paragraph, bool[] skip, HashSet<int> reported, IReadOnlyList<(int Offset, char Mark)> carried)
    {
        var text = paragraph.Text;
        var open = new Stack<int>();
        var previous = new Stack<(int Offset, char Mark)>(carried);
        for (var i = 0; i < text.Length; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var c = text[i];
            if (c is '《' or '“' or '（' or '(')
            {
                open.Push(i);
                continue;
            }

            if (c is not ('》' or '”' or '）' or ')'))
            {
                continue;
            }

            if (open.Count == 0)
            {
                if (previous.Count > 0 && Closes(previous.Peek().Mark, c))
                {
                    previous.Pop();
                    continue;
                }

                Report(context, paragraph, i, reported, $"“{c}”没有与之配对的前半部分。", "补全或删除不成对的标点。");
                continue;
            }

            var o = text[open.Peek()];
            if (Closes(o, c))
            {
                var start = open.Pop();
                if (o == '(' && HasChinese(text, start + 1, i) && !reported.Contains(paragraph.Offset + start))
                {
                    Report(context, paragraph, start, reported, "括注中文内容时使用了半角括号“()”。", "改为全角括号“（）”。");
                    reported.Add(paragraph.Offset + i);
                }

                continue;
            }

            if ((o, c) is ('（', ')') or ('(', '）'))
            {
                open.Pop();
                Report(context, paragraph, i, reported, $"全角括号与半角括号混用：“{o}”以“{c}”结束。", o == '（' ? "改为全角括号“）”。" : "改为全角括号“（”“）”。");
                continue;
            }

            Report(context, paragraph, i, reported, $"“{c}”与前面的“{o}”不配对。", "核对成对标点的起止位置。");
        }

        ReportUnclosed(context, [.. previous], reported);
        return open.Reverse().Select(start => (paragraph.Offset + start, text[start])).ToList();
    }

    /// <summary>Reports opening marks (document offsets) that nothing closed.</summary>
    private static void ReportUnclosed(ReviewContext context, IReadOnlyList<(int Offset, char Mark)> marks, HashSet<int> reported)
    {
        foreach (var (offset, mark) in marks)
        {
            if (reported.Add(offset))
            {
                context.Report(context.Document.SpanAt(offset, 1), $"“{mark}”没有与之配对的后半部分。", "补全或删除不成对的标点。");
            }
        }
    }

    private static void Report(ReviewContext context, DocumentParagraph paragraph, int index, HashSet<int> reported, string message, string suggestion)
    {
        if (reported.Add(paragraph.Offset + index))
        {
            context.Report(context.Document.SpanAt(paragraph.Offset + index, 1), message, suggestion);
        }
    }

    private static bool Closes(char open, char close) => (open, close) is ('《', '》') or ('“', '”') or ('（', '）') or ('(', ')');

    private static IEnumerable<(string Title, SourceSpan Span)> Titles(NormativeDocument doc)
    {
        if (doc.TitleSpan is { } span)
        {
            yield return (doc.GetText(span), span);
        }

        foreach (var s in doc.Sections.Where(s => s.TitleSpan is { } t && t != doc.TitleSpan))
        {
            yield return (doc.GetText(s.TitleSpan!.Value), s.TitleSpan!.Value);
        }
    }

    private static bool HasChinese(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsChinese(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    [GeneratedRegex(@"(?:https?://|www\.)[\x21-\x7E]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Url();

    [GeneratedRegex(@"^\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）][、.．]?|[0-9]{1,3}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}、)")]
    private static partial Regex LeadingNumber();
}
