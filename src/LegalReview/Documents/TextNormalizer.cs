namespace LegalReview.Documents;

/// <summary>
/// Folds full-width and half-width forms so that rules can match one spelling, while keeping every character
/// at its offset: the normalised text has exactly the length of the original, so a match in it quotes the original.
/// </summary>
/// <remarks>
/// Full-width Latin letters and digits become ASCII (２０２４ → 2024); the ideographic space becomes a space;
/// half-width brackets, colon, semicolon, comma-free punctuation that Chinese text writes full-width become full-width
/// ( ( → （, : → ：, ; → ；, ! → ！, ? → ？ ). Commas and full stops are left alone: "1,000" and "1." must survive.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalises one character.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Its canonical form.</returns>
    public static char Normalize(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '\u3000' or '\u00A0' => ' ',
        '(' => '（',
        ')' => '）',
        ':' => '：',
        ';' => '；',
        '!' => '！',
        '?' => '？',
        '［' or '[' or '【' => '【',
        '］' or ']' or '】' => '】',
        '．' => '.',
        '○' => '〇',
        _ => c,
    };

    /// <summary>Normalises a string character for character.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text, of the same length.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                span[i] = Normalize(src[i]);
            }
        });
    }
}
