using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using LegalReview.Documents;
using LegalReview.Documents.Reading;

namespace LegalReview.Benchmarks.Baseline;

/// <summary>
/// Materialises Word list numbering ("第%1条" with a Chinese counting format) into the text a reader sees, following
/// numbering.xml: effective numPr from the paragraph or its style chain, num → abstractNum, level overrides, start
/// overrides applied once per num, counters kept per abstractNum, deeper levels restarting.
/// </summary>
internal sealed class BaselineNumberingResolver
{
    private readonly Dictionary<int, NumDefinition> _nums = [];
    private readonly Dictionary<int, LevelDefinition[]> _abstracts = [];
    private readonly Dictionary<string, StyleNumbering> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _startedNums = [];

    private BaselineNumberingResolver()
    {
    }

    public static BaselineNumberingResolver? Create(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return null;
        }

        var r = new BaselineNumberingResolver();
        var abstractStyleLinks = new Dictionary<int, string>();
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is not { } id)
            {
                continue;
            }

            var levels = new LevelDefinition[9];
            foreach (var lvl in a.Elements<Level>())
            {
                var ilvl = lvl.LevelIndex?.Value ?? 0;
                if (ilvl is >= 0 and < 9)
                {
                    levels[ilvl] = LevelDefinition.From(lvl);
                }
            }

            r._abstracts[id] = levels;
            if (a.NumberingStyleLink?.Val?.Value is { } link)
            {
                abstractStyleLinks[id] = link;
            }
        }

        foreach (var n in numbering.Elements<NumberingInstance>())
        {
            if (n.NumberID?.Value is not { } numId || n.AbstractNumId?.Val?.Value is not { } absId)
            {
                continue;
            }

            var overrides = new Dictionary<int, (int? Start, LevelDefinition? Level)>();
            foreach (var o in n.Elements<LevelOverride>())
            {
                var ilvl = o.LevelIndex?.Value ?? 0;
                var lvl = o.Level is { } l ? LevelDefinition.From(l) : null;
                overrides[ilvl] = (o.StartOverrideNumberingValue?.Val?.Value, lvl);
            }

            r._nums[numId] = new NumDefinition(absId, overrides);
        }

        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles is not null)
        {
            foreach (var s in styles.Elements<Style>())
            {
                if (s.StyleId?.Value is not { } sid)
                {
                    continue;
                }

                var numPr = s.StyleParagraphProperties?.NumberingProperties;
                r._styles[sid] = new StyleNumbering(numPr?.NumberingId?.Val?.Value, numPr?.NumberingLevelReference?.Val?.Value, s.BasedOn?.Val?.Value);
            }
        }

        // numStyleLink: an abstractNum that only points at a numbering style borrows that style's num.
        foreach (var (absId, link) in abstractStyleLinks)
        {
            if (r._abstracts[absId].All(l => l is null) && r._styles.TryGetValue(link, out var st) && st.NumId is { } linkedNum && r._nums.TryGetValue(linkedNum, out var nd) && r._abstracts.TryGetValue(nd.AbstractId, out var linked))
            {
                r._abstracts[absId] = linked;
            }
        }

        return r;
    }

    /// <summary>Advances the counters for a paragraph and returns the text Word shows in front of it, or null.</summary>
    public string? Next(string? styleId, int? directNumId, int? directLevel)
    {
        var (numId, ilvl) = Effective(styleId, directNumId, directLevel);
        if (numId is not { } nid || nid == 0 || !_nums.TryGetValue(nid, out var num) || !_abstracts.TryGetValue(num.AbstractId, out var levels))
        {
            return null;
        }

        var level = Math.Clamp(ilvl ?? 0, 0, 8);
        var counters = _counters.TryGetValue(num.AbstractId, out var c) ? c : _counters[num.AbstractId] = new int?[9];
        if (_startedNums.Add(nid))
        {
            foreach (var (l, o) in num.Overrides)
            {
                if (o.Start is { } start && l is >= 0 and < 9)
                {
                    counters[l] = start - 1;
                }
            }
        }

        var def = LevelOf(num, levels, level);
        if (def is null)
        {
            return null;
        }

        counters[level] = (counters[level] ?? def.Start - 1) + 1;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            var d = LevelOf(num, levels, deeper);
            if (d?.Restart is null || d.Restart >= level)
            {
                counters[deeper] = null;
            }
        }

        if (def.Format == "bullet" || def.Format == "none")
        {
            return null;
        }

        var sb = new StringBuilder();
        var text = def.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var refLevel = text[i + 1] - '1';
                var refDef = LevelOf(num, levels, refLevel);
                var value = counters[refLevel] ?? refDef?.Start ?? 1;
                sb.Append(Format(value, refDef?.Format ?? "decimal"));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        sb.Append(def.Suffix switch
        {
            "nothing" => string.Empty,
            "space" => " ",
            _ => "\t",
        });
        return sb.ToString();
    }

    internal static string Format(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "taiwaneseCountingThousand" => ChineseNumerals.ToCounting(value),
        "chineseLegalSimplified" => ToLegal(value),
        "ideographTraditional" => value is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString() : value.ToString(CultureInfo.InvariantCulture),
        "ideographZodiac" => value is >= 1 and <= 12 ? "子丑寅卯辰巳午未申酉戌亥"[value - 1].ToString() : value.ToString(CultureInfo.InvariantCulture),
        "ideographDigital" or "taiwaneseDigital" => ChineseNumerals.ToDigitwise(value),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(ch => (char)(ch - '0' + '０'))),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "upperLetter" => Letter(value, 'A'),
        "lowerLetter" => Letter(value, 'a'),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture),
        "decimalEnclosedParen" => $"({value})",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private (int? NumId, int? Level) Effective(string? styleId, int? numId, int? level)
    {
        var guard = 0;
        var sid = styleId;
        while ((numId is null || level is null) && sid is not null && guard++ < 20 && _styles.TryGetValue(sid, out var st))
        {
            numId ??= st.NumId;
            level ??= st.Level;
            sid = st.BasedOn;
        }

        return (numId, level);
    }

    private static LevelDefinition? LevelOf(NumDefinition num, LevelDefinition[] levels, int level) =>
        num.Overrides.TryGetValue(level, out var o) && o.Level is not null ? o.Level : levels[level];

    private static string ToLegal(int value)
    {
        var counting = ChineseNumerals.ToCounting(value);
        var map = new Dictionary<char, char>
        {
            ['一'] = '壹', ['二'] = '贰', ['三'] = '叁', ['四'] = '肆', ['五'] = '伍', ['六'] = '陆', ['七'] = '柒', ['八'] = '捌', ['九'] = '玖', ['十'] = '拾', ['百'] = '佰', ['千'] = '仟',
        };
        return string.Concat(counting.Select(ch => map.TryGetValue(ch, out var m) ? m : ch));
    }

    private static string Letter(int value, char a)
    {
        if (value <= 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)(a + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> vals = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] syms = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < vals.Length; i++)
        {
            while (value >= vals[i])
            {
                sb.Append(syms[i]);
                value -= vals[i];
            }
        }

        return sb.ToString();
    }

    private sealed record NumDefinition(int AbstractId, Dictionary<int, (int? Start, LevelDefinition? Level)> Overrides);

    private sealed record StyleNumbering(int? NumId, int? Level, string? BasedOn);

    private sealed record LevelDefinition(int Start, string Format, string Text, string Suffix, int? Restart)
    {
        public static LevelDefinition From(Level lvl) => new(
            lvl.StartNumberingValue?.Val?.Value ?? 1,
            lvl.NumberingFormat?.Val?.InnerText ?? "decimal",
            lvl.LevelText?.Val?.Value ?? string.Empty,
            lvl.LevelSuffix?.Val?.InnerText ?? "tab",
            lvl.LevelRestart?.Val?.Value is { } r ? r - 1 : null);
    }
}
