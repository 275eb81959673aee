using System.Globalization;
using System.Text;
using System.Xml;

namespace LegalReview.Documents.Reading;

/// <summary>
/// Materialises Word list numbering ("第%1条" with a Chinese counting format) into the text a reader sees, following
/// numbering.xml: effective numPr from the paragraph or its style chain, num → abstractNum, level overrides, start
/// overrides applied once per num, counters kept per abstractNum, deeper levels restarting.
/// </summary>
internal sealed partial class NumberingResolver
{
    private readonly Dictionary<int, NumDefinition> _nums = [];
    private readonly Dictionary<int, LevelDefinition[]> _abstracts = [];
    private readonly Dictionary<string, StyleNumbering> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _startedNums = [];

    private NumberingResolver()
    {
    }

    /// <summary>Reads numbering.xml (and, when there is one, styles.xml) of the package; null without numbering.</summary>
    public static NumberingResolver? Create(DocxPackage package)
    {
        if (package.NumberingPart is not { } numberingPart)
        {
            return null;
        }

        var r = new NumberingResolver();
        var abstractStyleLinks = new Dictionary<int, string>();
        using (var reader = package.OpenXml(numberingPart, out var stream))
        using (stream)
        {
            r.ReadNumbering(reader, package, abstractStyleLinks);
        }

        if (package.StylesPart is { } stylesPart)
        {
            using var reader = package.OpenXml(stylesPart, out var stream);
            using (stream)
            {
                r.ReadStyles(reader, package);
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

    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WordMainStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private static bool IsWord(XmlReader x) => x.NamespaceURI is WordMain or WordMainStrict;

    private static string? Val(XmlReader x) => x.GetAttribute("val", x.NamespaceURI);

    /// <summary>An integer attribute as the typed DOM read it: absent is null, present but malformed fails.</summary>
    private static int? IntAttr(XmlReader x, string name) => x.GetAttribute(name, x.NamespaceURI) is { } v ? XmlConvert.ToInt32(v) : null;

    private static int? IntVal(XmlReader x) => IntAttr(x, "val");

    /// <summary>
    /// w:numbering: its w:abstractNum (w:lvl, w:numStyleLink) and w:num (w:abstractNumId, w:lvlOverride) children,
    /// streamed through a <see cref="NumberingPartReader"/> that keeps the open containers.
    /// </summary>
    private void ReadNumbering(XmlReader x, DocxPackage package, Dictionary<int, string> abstractStyleLinks)
    {
        var part = new NumberingPartReader(x, _abstracts, _nums, abstractStyleLinks);
        while (x.Read())
        {
            package.CheckDepth(x);
            if (!IsWord(x))
            {
                continue; // the typed DOM saw only direct w: children; anything else (mc:AlternateContent, extensions) is opaque
            }

            if (x.NodeType == XmlNodeType.Element)
            {
                part.Start();
            }
            else if (x.NodeType == XmlNodeType.EndElement)
            {
                part.End(x.LocalName, x.Depth);
            }
        }
    }

    /// <summary>w:styles: each w:style's styleId, pPr/numPr (numId, ilvl) and basedOn.</summary>
    private void ReadStyles(XmlReader x, DocxPackage package)
    {
        string? styleId = null;
        var inStyle = false;
        var inPPr = false;
        var pPrSeen = false;
        var inNumPr = false;
        var numPrSeen = false;
        int? numId = null;
        int? ilvl = null;
        var numIdSeen = false;
        var ilvlSeen = false;
        string? basedOn = null;
        var basedOnSeen = false;
        while (x.Read())
        {
            package.CheckDepth(x);
            if (!IsWord(x))
            {
                continue;
            }

            if (x.NodeType == XmlNodeType.Element)
            {
                var empty = x.IsEmptyElement;
                switch (x.Depth)
                {
                    case 1 when x.LocalName == "style":
                        styleId = x.GetAttribute("styleId", x.NamespaceURI);
                        inStyle = !empty;
                        inPPr = inNumPr = pPrSeen = numPrSeen = numIdSeen = ilvlSeen = basedOnSeen = false;
                        numId = ilvl = null;
                        basedOn = null;
                        if (empty)
                        {
                            EndStyle();
                        }

                        break;
                    case 2 when inStyle && x.LocalName == "pPr" && !pPrSeen:
                        pPrSeen = true;
                        inPPr = !empty;
                        break;
                    case 2 when inStyle && x.LocalName == "basedOn" && !basedOnSeen:
                        basedOnSeen = true;
                        basedOn = Val(x);
                        break;
                    case 3 when inPPr && x.LocalName == "numPr" && !numPrSeen:
                        numPrSeen = true;
                        inNumPr = !empty;
                        break;
                    case 4 when inNumPr && x.LocalName == "numId" && !numIdSeen:
                        numIdSeen = true;
                        numId = IntVal(x);
                        break;
                    case 4 when inNumPr && x.LocalName == "ilvl" && !ilvlSeen:
                        ilvlSeen = true;
                        ilvl = IntVal(x);
                        break;
                }
            }
            else if (x.NodeType == XmlNodeType.EndElement)
            {
                switch (x.Depth)
                {
                    case 1 when inStyle && x.LocalName == "style":
                        inStyle = false;
                        EndStyle();
                        break;
                    case 2 when inPPr && x.LocalName == "pPr":
                        inPPr = false;
                        break;
                    case 3 when inNumPr && x.LocalName == "numPr":
                        inNumPr = false;
                        break;
                }
            }
        }

        void EndStyle()
        {
            if (styleId is { } sid)
            {
                _styles[sid] = new StyleNumbering(numId, ilvl, basedOn);
            }
        }
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

    private sealed record LevelDefinition(int Start, string Format, string Text, string Suffix, int? Restart);

    /// <summary>The properties of one w:lvl as read; the first occurrence of each wins, as the typed DOM's did.</summary>
    private sealed class LevelBuilder
    {
        public int? Index { get; set; }

        public int? Start { get; set; }

        public string? Format { get; set; }

        public string? Text { get; set; }

        public string? Suffix { get; set; }

        public int? Restart { get; set; }

        public bool SeenStart { get; set; }

        public bool SeenFormat { get; set; }

        public bool SeenText { get; set; }

        public bool SeenSuffix { get; set; }

        public bool SeenRestart { get; set; }

        public LevelDefinition Build() => new(Start ?? 1, Format ?? "decimal", Text ?? string.Empty, Suffix ?? "tab", Restart is { } r ? r - 1 : null);

        /// <summary>Takes one child element of w:lvl.</summary>
        public void Take(XmlReader x)
        {
            switch (x.LocalName)
            {
                case "start" when !SeenStart:
                    SeenStart = true;
                    Start = IntVal(x);
                    break;
                case "numFmt" when !SeenFormat:
                    SeenFormat = true;
                    Format = Val(x);
                    break;
                case "lvlText" when !SeenText:
                    SeenText = true;
                    Text = Val(x);
                    break;
                case "suff" when !SeenSuffix:
                    SeenSuffix = true;
                    Suffix = Val(x);
                    break;
                case "lvlRestart" when !SeenRestart:
                    SeenRestart = true;
                    Restart = IntVal(x);
                    break;
            }
        }
    }
}
