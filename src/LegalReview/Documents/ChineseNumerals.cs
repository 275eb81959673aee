using System.Globalization;
using System.Text;

namespace LegalReview.Documents;

/// <summary>Parses and formats the Chinese numerals used in legal texts (第一百零三条, 二〇二四年, 三十日).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>
    /// Parses a counting numeral ("十二", "一百零三", "两千") or a digit-by-digit numeral ("二〇二四"),
    /// or Arabic digits (half- or full-width).
    /// </summary>
    /// <param name="text">The numeral text.</param>
    /// <param name="value">The parsed value.</param>
    /// <returns>Whether the text was a numeral.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        if (TryParseArabic(text, out value))
        {
            return true;
        }

        var hasUnit = false;
        foreach (var c in text)
        {
            if (c is '十' or '百' or '千' or '万' or '拾' or '佰' or '仟')
            {
                hasUnit = true;
            }
            else if (DigitValue(c) < 0)
            {
                return false;
            }
        }

        if (!hasUnit)
        {
            long acc = 0;
            foreach (var c in text)
            {
                acc = (acc * 10) + DigitValue(c);
                if (acc > int.MaxValue)
                {
                    return false;
                }
            }

            value = (int)acc;
            return true;
        }

        long total = 0;
        long section = 0;
        long digit = -1;
        foreach (var c in text)
        {
            var d = DigitValue(c);
            if (d >= 0)
            {
                if (digit >= 0 && d != 0)
                {
                    return false; // two digits without a unit between them: not a counting numeral
                }

                digit = d == 0 ? -1 : d;
                continue;
            }

            var unit = c switch
            {
                '十' or '拾' => 10,
                '百' or '佰' => 100,
                '千' or '仟' => 1000,
                _ => 10000,
            };
            if (unit == 10000)
            {
                section += digit > 0 ? digit : 0;
                total += (section == 0 ? 1 : section) * 10000;
                section = 0;
            }
            else
            {
                section += (digit > 0 ? digit : 1) * unit;
            }

            digit = -1;
        }

        if (digit > 0)
        {
            section += digit;
        }

        total += section;
        if (total > int.MaxValue)
        {
            return false;
        }

        value = (int)total;
        return true;
    }

    /// <summary>Parses a numeral, throwing <see cref="FormatException"/> when it is not one.</summary>
    /// <param name="text">The numeral text.</param>
    /// <returns>The value.</returns>
    public static int Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"不是有效的数字：{text}");

    /// <summary>Formats a number as a counting numeral the way statutes write article numbers (12 → 十二, 103 → 一百零三).</summary>
    /// <param name="value">A number from 0 to 99,999,999.</param>
    /// <returns>The numeral.</returns>
    public static string ToCounting(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99_999_999);
        if (value == 0)
        {
            return "零";
        }

        if (value >= 10000)
        {
            var high = ToCounting(value / 10000) + "万";
            var low = value % 10000;
            return low == 0 ? high : high + (low < 1000 ? "零" : string.Empty) + ToCountingBelow10000(low, false);
        }

        return ToCountingBelow10000(value, true);
    }

    /// <summary>Formats a number digit by digit (2024 → 二〇二四), as years are written in Chinese.</summary>
    /// <param name="value">A non-negative number.</param>
    /// <returns>The digit-by-digit numeral.</returns>
    public static string ToDigitwise(int value)
    {
        var s = value.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c == '0' ? '〇' : Digits[c - '0']);
        }

        return sb.ToString();
    }

    private static string ToCountingBelow10000(int value, bool dropLeadingOneTen)
    {
        Span<int> parts = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10];
        ReadOnlySpan<string> units = ["千", "百", "十", ""];
        var sb = new StringBuilder();
        var pendingZero = false;
        for (var i = 0; i < 4; i++)
        {
            var d = parts[i];
            if (d == 0)
            {
                if (sb.Length > 0)
                {
                    pendingZero = true;
                }

                continue;
            }

            if (pendingZero)
            {
                sb.Append('零');
                pendingZero = false;
            }

            if (!(i == 2 && d == 1 && sb.Length == 0 && dropLeadingOneTen))
            {
                sb.Append(Digits[d]);
            }

            sb.Append(units[i]);
        }

        return sb.ToString();
    }

    private static bool TryParseArabic(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        long acc = 0;
        foreach (var c in text)
        {
            int d;
            if (c is >= '0' and <= '9')
            {
                d = c - '0';
            }
            else if (c is >= '０' and <= '９')
            {
                d = c - '０';
            }
            else
            {
                return false;
            }

            acc = (acc * 10) + d;
            if (acc > int.MaxValue)
            {
                return false;
            }
        }

        value = (int)acc;
        return true;
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' or '○' or 'Ｏ' => 0,
        '一' or '壹' or '幺' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };
}
