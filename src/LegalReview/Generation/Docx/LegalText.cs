using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Generation.Docx;

/// <summary>Small wording helpers shared by the generated documents.</summary>
internal static class LegalText
{
    /// <summary>Ends a sentence with a full stop unless it already ends with closing punctuation.</summary>
    /// <param name="text">The sentence.</param>
    /// <returns>The sentence with its full stop.</returns>
    public static string Sentence(string text)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return t;
        }

        return t[^1] switch
        {
            '。' or '！' or '？' => t,
            '；' or '，' or '：' or '、' or '.' or ';' or ',' => t[..^1] + "。",
            _ => t + "。",
        };
    }

    /// <summary>"（一）", "（二）" … for a one-based index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The ordinal.</returns>
    public static string ParenOrdinal(int index) => "（" + ChineseNumerals.ToCounting(index) + "）";

    /// <summary>"一、", "二、" … for a one-based index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The ordinal.</returns>
    public static string Ordinal(int index) => ChineseNumerals.ToCounting(index) + "、";

    /// <summary>
    /// A title without surrounding book-title marks, ready to be put between 《》: book-title marks inside it become
    /// single ones (〈〉), as GB/T 15834-2011 4.15.3 wants for a title within a title, so that
    /// "关于印发《办法》的通知" is quoted as 《关于印发〈办法〉的通知》 and never as nested 《》.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <returns>The bare title.</returns>
    public static string BareTitle(string title) => title.Trim().TrimStart('《').TrimEnd('》').Replace('《', '〈').Replace('》', '〉');

    /// <summary>The legal bases joined for a sentence: "《甲》第一条、《乙》第二条".</summary>
    /// <param name="bases">The bases.</param>
    /// <returns>The joined text, empty when there are none.</returns>
    public static string JoinBases(IEnumerable<string> bases) => string.Join("、", bases.Select(b => b.Trim()).Where(b => b.Length > 0));

    /// <summary>The Chinese name of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>错误, 警告 or 提示.</returns>
    public static string SeverityName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "警告",
        _ => "提示",
    };
}
