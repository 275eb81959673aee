using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalReview.Documents;

/// <summary>
/// A 发文字号 (文号) such as 晋政规〔2024〕1号: agency code (发文机关代字), year and sequence number,
/// with the raw text kept and the form checked against GB/T 9704-2012 §7.2.5.
/// </summary>
public sealed partial record DocumentNumber
{
    private DocumentNumber(string raw, string agencyCode, int? year, int? sequence, IReadOnlyList<DocumentNumberProblem> problems)
    {
        Raw = raw;
        AgencyCode = agencyCode;
        Year = year;
        Sequence = sequence;
        Problems = problems;
    }

    /// <summary>The 文号 exactly as written.</summary>
    public string Raw { get; }

    /// <summary>The 发文机关代字, e.g. "晋政规".</summary>
    public string AgencyCode { get; }

    /// <summary>The year, when one could be read (a two-digit year is read as 20xx).</summary>
    public int? Year { get; }

    /// <summary>The sequence number (顺序号).</summary>
    public int? Sequence { get; }

    /// <summary>Departures from the standard form; empty when the 文号 is well formed.</summary>
    internal IReadOnlyList<DocumentNumberProblem> Problems { get; }

    /// <summary>
    /// Whether the 文号 is garbled, as web reposts leave it: its closing bracket and 号 lost and year and sequence run
    /// together ("某政文〔202115"). <see cref="Year"/>, <see cref="Sequence"/> and <see cref="Canonical"/> then give the
    /// likely intended reading (the first four digits are the year).
    /// </summary>
    public bool IsGarbled => Problems.Contains(DocumentNumberProblem.Garbled);

    /// <summary>Whether the 文号 has the standard form 代字〔YYYY〕N号.</summary>
    public bool IsWellFormed => Problems.Count == 0;

    /// <summary>The standard spelling of this 文号, when its parts could be read.</summary>
    public string? Canonical => Year is { } y && Sequence is { } s && AgencyCode.Length > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{AgencyCode}〔{y}〕{s}号")
        : null;

    /// <summary>
    /// Finds a 文号 in a line of text (a 版头 line, a title line, or a bracketed reference after a title).
    /// Accepts the common malformed spellings so that they can be reported.
    /// </summary>
    /// <param name="text">The text to search.</param>
    /// <param name="number">The 文号 found.</param>
    /// <param name="index">Where the 文号 starts in <paramref name="text"/>.</param>
    /// <returns>Whether a 文号 was found.</returns>
    internal static bool TryFind(string text, out DocumentNumber? number, out int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        number = null;
        index = -1;
        var m = Pattern().Match(text);
        if (!m.Success)
        {
            return TryFindGarbled(text, out number, out index);
        }

        index = m.Index;
        number = FromMatch(m);
        return true;
    }

    /// <summary>Parses a 文号 that is the whole of <paramref name="text"/> (surrounding white space allowed).</summary>
    /// <param name="text">The 文号 text.</param>
    /// <param name="number">The parsed 文号.</param>
    /// <returns>Whether the text is a 文号.</returns>
    public static bool TryParse(string text, out DocumentNumber? number)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var m = Pattern().Match(trimmed);
        number = m.Success && m.Index == 0 && m.Length == trimmed.Length ? FromMatch(m) : null;
        return number is not null;
    }

    /// <inheritdoc />
    public override string ToString() => Raw;

    private static DocumentNumber FromMatch(Match m)
    {
        var problems = new List<DocumentNumberProblem>();
        var open = m.Groups["open"].Value;
        var close = m.Groups["close"].Value;
        if (open != "〔" || close != "〕")
        {
            problems.Add(DocumentNumberProblem.WrongYearBrackets);
        }

        var yearText = m.Groups["year"].Value;
        int? year = null;
        if (ChineseNumerals.TryParse(yearText, out var y))
        {
            if (yearText.Length == 2)
            {
                problems.Add(DocumentNumberProblem.AbbreviatedYear);
                y += 2000;
            }
            else if (!IsAsciiDigits(yearText))
            {
                problems.Add(DocumentNumberProblem.NonArabicDigits);
            }

            year = y;
        }

        var seqText = m.Groups["seq"].Value;
        int? seq = null;
        if (ChineseNumerals.TryParse(seqText, out var s))
        {
            seq = s;
            if (!IsAsciiDigits(seqText))
            {
                problems.Add(DocumentNumberProblem.NonArabicDigits);
            }
            else if (seqText.Length > 1 && seqText[0] == '0')
            {
                problems.Add(DocumentNumberProblem.LeadingZeros);
            }
        }

        if (m.Groups["di"].Success)
        {
            problems.Add(DocumentNumberProblem.OrdinalPrefix);
        }

        if (!m.Groups["hao"].Success)
        {
            problems.Add(DocumentNumberProblem.MissingHao);
        }

        return new DocumentNumber(m.Value, m.Groups["agency"].Value, year, seq, problems.Distinct().ToArray());
    }

    // "某政文〔202115": an opening bracket, then year and sequence run together, nothing closing them.
    private static bool TryFindGarbled(string text, out DocumentNumber? number, out int index)
    {
        number = null;
        index = -1;
        var m = GarbledPattern().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var digits = m.Groups["digits"].Value;
        var year = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        var rest = digits[4..].TrimStart('0');
        int? seq = rest.Length > 0 ? int.Parse(rest, CultureInfo.InvariantCulture) : null;
        index = m.Index;
        number = new DocumentNumber(m.Value, m.Groups["agency"].Value, year, seq, [DocumentNumberProblem.Garbled, DocumentNumberProblem.MissingClosingBracket, DocumentNumberProblem.MissingHao]);
        return true;
    }

    private static bool IsAsciiDigits(string s) => s.All(char.IsAsciiDigit);

    [GeneratedRegex(@"(?<agency>[\p{IsCJKUnifiedIdeographs}]{1,15})\s*(?<open>[〔\[【（(［｛{])\s*(?<year>(?:19|20)?[0-9０-９]{2}|[〇○零一二三四五六七八九]{4})\s*(?<close>[〕\]】）)］｝}])\s*(?<di>第)?\s*(?<seq>[0-9０-９]{1,5}|[一二三四五六七八九十百零]{1,6})\s*(?<hao>号)?")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?<agency>[\p{IsCJKUnifiedIdeographs}]{1,15})\s*[〔\[【（(［]\s*(?<digits>(?:19|20)[0-9]{3,5})(?![0-9〕\]】）)］号])")]
    private static partial Regex GarbledPattern();
}

/// <summary>A departure of a 文号 from the standard form.</summary>
internal enum DocumentNumberProblem
{
    /// <summary>The year is not in 六角括号 〔〕 (written with [], 【】, （） or ()).</summary>
    WrongYearBrackets,

    /// <summary>The year is written with two digits.</summary>
    AbbreviatedYear,

    /// <summary>The sequence number has leading zeros ("03号").</summary>
    LeadingZeros,

    /// <summary>The sequence number is preceded by "第".</summary>
    OrdinalPrefix,

    /// <summary>The closing "号" is missing.</summary>
    MissingHao,

    /// <summary>Year or sequence written in Chinese numerals instead of Arabic digits.</summary>
    NonArabicDigits,

    /// <summary>Garbled by a repost: year and sequence run together ("〔202115").</summary>
    Garbled,

    /// <summary>The closing bracket of the year is missing.</summary>
    MissingClosingBracket,
}
