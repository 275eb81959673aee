using System.Text.RegularExpressions;

namespace LegalReview.Documents;

/// <summary>A date as written in a document (成文日期, 施行日期, 有效期届满日), with its original text and form.</summary>
public sealed partial record DocumentDate
{
    private DocumentDate(DateOnly value, string original, DateTextForm form, SourceSpan? span)
    {
        Value = value;
        Original = original;
        Form = form;
        Span = span;
    }

    /// <summary>The calendar date.</summary>
    public DateOnly Value { get; }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>How the date was written.</summary>
    internal DateTextForm Form { get; }

    /// <summary>Where the date stands in the document, when it was read from one.</summary>
    public SourceSpan? Span { get; internal init; }

    /// <summary>Whether the date is written in the standard form of GB/T 9704-2012 §7.3.5.4 ("2024年3月5日").</summary>
    public bool IsStandardForm => Form == DateTextForm.Standard;

    /// <summary>Creates a date from its value, in the standard written form.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The document date.</returns>
    internal static DocumentDate FromValue(DateOnly value) =>
        new(value, FormatStandard(value), DateTextForm.Standard, null);

    /// <summary>Formats a date the standard way: "2024年3月5日".</summary>
    /// <param name="value">The date.</param>
    /// <returns>The text.</returns>
    internal static string FormatStandard(DateOnly value) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value.Year}年{value.Month}月{value.Day}日");

    /// <summary>Finds the first date in <paramref name="text"/>, in any of the forms drafts use.</summary>
    /// <param name="text">The text to search.</param>
    /// <param name="date">The date found.</param>
    /// <param name="index">Where it starts.</param>
    /// <param name="length">How long it is.</param>
    /// <returns>Whether a valid calendar date was found.</returns>
    internal static bool TryFind(string text, out DocumentDate? date, out int index, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var m = AnyDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (TryFromMatch(m, out date))
            {
                index = m.Index;
                length = m.Length;
                return true;
            }
        }

        date = null;
        index = -1;
        length = 0;
        return false;
    }

    /// <summary>Parses text that is exactly one date (white space and enclosing brackets allowed).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether the text is a date.</returns>
    public static bool TryParse(string text, out DocumentDate? date)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().Trim('（', '）', '(', ')', ' ');
        var m = AnyDate().Match(t);
        date = null;
        return m.Success && m.Index == 0 && m.Length == t.Length && TryFromMatch(m, out date);
    }

    internal DocumentDate WithSpan(SourceSpan span) => this with { Span = span };

    /// <summary>Whether the date is garbled, its digits run together by a repost ("2021315"); <see cref="Value"/> is the only reading.</summary>
    public bool IsGarbled => Form == DateTextForm.Garbled;

    /// <summary>
    /// Reads a date whose digits a repost ran together ("2021315", "20211011"): a year, then month and day without
    /// separators. Succeeds with every calendar date the digits can be read as; <paramref name="date"/> is set only
    /// when exactly one reading exists.
    /// </summary>
    /// <param name="text">The text, exactly the digits (white space and brackets allowed).</param>
    /// <param name="date">The only reading, as a garbled date, or null when there are none or several.</param>
    /// <param name="readings">Every valid reading.</param>
    /// <returns>Whether the text has the shape of run-together date digits.</returns>
    internal static bool TryParseGarbled(string text, out DocumentDate? date, out IReadOnlyList<DateOnly> readings)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().Trim('（', '）', '(', ')', ' ');
        date = null;
        readings = [];
        if (t.Length is < 6 or > 8 || !t.All(char.IsAsciiDigit) || !(t.StartsWith("19", StringComparison.Ordinal) || t.StartsWith("20", StringComparison.Ordinal)))
        {
            return false;
        }

        var year = int.Parse(t[..4], System.Globalization.CultureInfo.InvariantCulture);
        var rest = t[4..];
        var found = new List<DateOnly>();
        for (var monthDigits = 1; monthDigits <= 2 && monthDigits < rest.Length; monthDigits++)
        {
            var ms = rest[..monthDigits];
            var ds = rest[monthDigits..];
            if (ds.Length > 2 || ms[0] == '0' || ds[0] == '0')
            {
                continue;
            }

            var mo = int.Parse(ms, System.Globalization.CultureInfo.InvariantCulture);
            var d = int.Parse(ds, System.Globalization.CultureInfo.InvariantCulture);
            if (year is >= 1949 and <= 2199 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, mo))
            {
                found.Add(new DateOnly(year, mo, d));
            }
        }

        readings = found;
        if (found.Count == 1)
        {
            date = new DocumentDate(found[0], t, DateTextForm.Garbled, null);
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Original;

    private static bool TryFromMatch(Match m, out DocumentDate? date)
    {
        date = null;
        var ys = m.Groups["y"].Value;
        var ms = m.Groups["m"].Value;
        var ds = m.Groups["d"].Value;
        if (!ChineseNumerals.TryParse(ys, out var y) || !ChineseNumerals.TryParse(ms, out var mo) || !ChineseNumerals.TryParse(ds, out var d))
        {
            return false;
        }

        if (m.Groups["sep"].Success && ys.Length == 2)
        {
            return false; // "10.1.2" is far more often a section number than a date
        }

        var form = DateTextForm.Standard;
        if (ys.Length == 2 && ys.All(char.IsAsciiDigit))
        {
            y += 2000;
            form = DateTextForm.AbbreviatedYear;
        }

        if (y < 1949 || y > 2199 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }

        if (m.Groups["sep"].Success)
        {
            form = DateTextForm.Punctuated;
        }
        else if (!ys.All(c => char.IsAsciiDigit(c) || c is >= '０' and <= '９'))
        {
            form = DateTextForm.ChineseNumerals;
        }
        else if (form == DateTextForm.Standard && ((ms.Length == 2 && ms[0] is '0' or '０') || (ds.Length == 2 && ds[0] is '0' or '０')))
        {
            form = DateTextForm.ZeroPadded;
        }
        else if (form == DateTextForm.Standard && (ys + ms + ds).Any(c => c is >= '０' and <= '９'))
        {
            form = DateTextForm.FullWidthDigits;
        }

        date = new DocumentDate(new DateOnly(y, mo, d), m.Value, form, null);
        return true;
    }

    [GeneratedRegex(@"(?<![0-9０-９])(?<y>(?:19|20|２０|１９)[0-9０-９]{2}|[〇○零一二三四五六七八九]{4}|[0-9]{2})(?:\s*年\s*(?<m>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日|(?<sep>[.．/\-－])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9]))")]
    private static partial Regex AnyDate();
}

/// <summary>How a date is written.</summary>
internal enum DateTextForm
{
    /// <summary>Arabic digits, full year, no padding: 2024年3月5日.</summary>
    Standard,

    /// <summary>Month or day padded with a zero: 2024年03月05日.</summary>
    ZeroPadded,

    /// <summary>Chinese numerals: 二〇二四年三月五日.</summary>
    ChineseNumerals,

    /// <summary>Separated by dots, slashes or hyphens: 2024.3.5.</summary>
    Punctuated,

    /// <summary>Two-digit year: 24年3月5日.</summary>
    AbbreviatedYear,

    /// <summary>Full-width digits: ２０２４年３月５日.</summary>
    FullWidthDigits,

    /// <summary>Digits run together by a repost: 2021315.</summary>
    Garbled,
}
