using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Generation.Docx;

/// <summary>
/// The fonts GB/T 9704-2012 names, with the font-table entries (panose, charset, alternate name) that let Word,
/// WPS and LibreOffice substitute a close face when the government font is not installed.
/// </summary>
internal static class OfficialFonts
{
    /// <summary>Body text (仿宋_GB2312).</summary>
    public const string FangSong = "仿宋_GB2312";

    /// <summary>Titles and the issuer mark (方正小标宋简体).</summary>
    public const string XiaoBiaoSong = "方正小标宋简体";

    /// <summary>First-level headings (黑体).</summary>
    public const string HeiTi = "黑体";

    /// <summary>Second-level headings (楷体_GB2312).</summary>
    public const string KaiTi = "楷体_GB2312";

    /// <summary>Page numbers (宋体).</summary>
    public const string SongTi = "宋体";

    /// <summary>Digits and Latin letters.</summary>
    public const string Latin = "Times New Roman";

    private static readonly (string Name, string AltName, string Panose, string Family, bool Fixed)[] Table =
    [
        (FangSong, "仿宋", "02010609030101010101", "modern", true),
        ("仿宋", "FangSong", "02010609060101010101", "modern", true),
        (XiaoBiaoSong, "宋体", "02000000000000000000", "auto", false),
        (SongTi, "SimSun", "02010600030101010101", "auto", false),
        (HeiTi, "SimHei", "02010609060101010101", "modern", true),
        (KaiTi, "楷体", "02010609030101010101", "modern", true),
        ("楷体", "KaiTi", "02010609060101010101", "modern", true),
    ];

    /// <summary>Run fonts for a Chinese face with Latin digits.</summary>
    /// <param name="eastAsia">The East Asian face.</param>
    /// <returns>The w:rFonts element.</returns>
    public static RunFonts Fonts(string eastAsia) => new()
    {
        Ascii = Latin,
        HighAnsi = Latin,
        EastAsia = eastAsia,
        ComplexScript = Latin,
    };

    /// <summary>The font table declaring every face with its fallback.</summary>
    /// <returns>The w:fonts root.</returns>
    public static Fonts CreateFontTable()
    {
        var fonts = new Fonts();
        foreach (var (name, alt, panose, family, isFixed) in Table)
        {
            fonts.Append(new Font(
                new AltName { Val = alt },
                new Panose1Number { Val = panose },
                new FontCharSet { Val = "86" },
                new FontFamily { Val = family switch { "modern" => FontFamilyValues.Modern, _ => FontFamilyValues.Auto } },
                new Pitch { Val = isFixed ? FontPitchValues.Fixed : FontPitchValues.Variable })
            { Name = name });
        }

        fonts.Append(new Font(
            new Panose1Number { Val = "02020603050405020304" },
            new FontCharSet { Val = "00" },
            new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable })
        { Name = Latin });
        return fonts;
    }
}
