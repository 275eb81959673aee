using System.Text.RegularExpressions;

namespace LegalReview.Documents.Structure;

/// <summary>What a single normalised line looks like: a title, a 文号 line, a sub-title, the start of the body.</summary>
internal static partial class LineShapes
{
    public const int MaxTitleLength = 120;

    public static bool IsNumberLine(string original, out DocumentNumber? number, out int at)
    {
        number = null;
        at = -1;
        if (original.Length > 60 || !DocumentNumber.TryFind(original, out number, out at))
        {
            return false;
        }

        // The line is essentially the 文号 (possibly bracketed, possibly with 签发人 or a date).
        var rest = original.Remove(at, number!.Raw.Length);
        rest = NumberLineNoise().Replace(rest, string.Empty);
        return rest.Length <= 4;
    }

    public static bool IsTitleLike(string n)
    {
        if (n.Length is < 4 or > MaxTitleLength || IsBodyStart(n) || n.EndsWith('：'))
        {
            return false;
        }

        if (n.Contains("关于", StringComparison.Ordinal) && EndsWithKindWord(n))
        {
            return true;
        }

        return EndsWithKindWord(n) && !HasSentencePunctuation(n.TrimEnd('。'));
    }

    public static bool EndsWithKindWord(string n) => DocumentKinds.FromTitle(n).Name != DocumentKindName.Unknown;

    /// <summary>A bracketed line under a title: "（征求意见稿）", "（2024年3月5日印发）", or the long revision history of a 条例.</summary>
    public static bool IsSubtitle(string n) =>
        n.StartsWith('（') && n.EndsWith('）') && !StructurePatterns.ChineseParen().IsMatch(n) && !StructurePatterns.ArabicParen().IsMatch(n)
        && (n.Length <= 60 || (n.Length <= 400 && RevisionHistory().IsMatch(n)));

    /// <summary>How many lines from <paramref name="i"/> form a bracketed sub-title: 0, 1, or 2 when it is broken over two lines.</summary>
    public static int SubtitleLines(ParseContext ctx, int i, int end)
    {
        if (i >= end)
        {
            return 0;
        }

        var n = ctx.Norm(ctx.Flow[i]);
        if (IsSubtitle(n))
        {
            return 1;
        }

        if (i + 1 < end && n.StartsWith('（') && !n.Contains('）'))
        {
            var joined = n + ctx.Norm(ctx.Flow[i + 1]);
            return !ctx.Norm(ctx.Flow[i + 1]).Contains('（') && IsSubtitle(joined) ? 2 : 0;
        }

        return 0;
    }

    public static bool HasSentencePunctuation(string n) => n.AsSpan().IndexOfAny("。，；！？") >= 0;

    public static bool IsBodyStart(string n) =>
        StructurePatterns.Article().IsMatch(n) || StructurePatterns.Chapter().IsMatch(n);

    public static IEnumerable<string> SplitIssuers(string s) =>
        s.Split([' ', '、', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(x => x.Length >= 2);

    /// <summary>A title line spaced out letter by letter ("几 个 问 题 的 通 知") read without its spaces.</summary>
    public static string CollapseSpacing(string line)
    {
        // Only a line spaced letter by letter: most of its space-separated pieces are a single character.
        var pieces = line.Split([' ', '\u3000', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return pieces.Length >= 3 && pieces.Count(p => p.Length == 1) * 2 > pieces.Length ? SpacedLetters().Replace(line, string.Empty) : line;
    }

    /// <summary>Whether the line is a 落款 line: short, naming one or more bodies (web reposts leave "&amp;sp;" behind).</summary>
    public static bool IsSignatureLine(string n)
    {
        var t = CleanSignature(n);
        return t.Length is > 0 and <= 60 && !HasSentencePunctuation(t) && !IsBodyStart(t) && StructurePatterns.IssuerSuffix().IsMatch(t);
    }

    public static string CleanSignature(string n) => EntityNoise().Replace(n.Replace("（印章）", string.Empty, StringComparison.Ordinal), string.Empty).Trim();

    public static bool MatchesTitle(string normalizedLine, string name)
    {
        var a = Whitespace().Replace(normalizedLine, string.Empty);
        var b = Whitespace().Replace(TextNormalizer.Normalize(name), string.Empty).Trim('《', '》');
        if (a == b)
        {
            return true;
        }

        return a.StartsWith(b, StringComparison.Ordinal) && a.Length > b.Length && a[b.Length] == '（' && a.EndsWith('）') && a.Length - b.Length <= 12;
    }

    [GeneratedRegex(@"签发人[：]?\S*|[（）()\s]|(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|印发|发布|公布")]
    private static partial Regex NumberLineNoise();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}|[，、（）《》“”])[\s\u3000]+(?=\p{IsCJKUnifiedIdeographs}|[，、（）《》“”])")]
    private static partial Regex SpacedLetters();

    [GeneratedRegex(@"&[a-z]{1,6}[;；]|\s+$")]
    private static partial Regex EntityNoise();

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?:发布|公布|修订|通过|印发|施行)")]
    private static partial Regex RevisionHistory();
}
