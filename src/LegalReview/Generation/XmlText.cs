namespace LegalReview.Generation;

/// <summary>
/// The one boundary between .NET strings and the XML of the generated documents (.xlsx cells, Word runs, comments,
/// document properties): any string may come from a hostile file (a reader error quoting a control character, a
/// title with a lone surrogate), and XML 1.0 forbids some characters outright, so every writer's text goes through
/// <see cref="Sanitize"/> in the shared cell, run and comment helpers rather than being checked in each writer.
/// </summary>
internal static class XmlText
{
    /// <summary>What a forbidden character is replaced with: U+FFFD REPLACEMENT CHARACTER, so the reader sees that something was there.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// The text with every character XML 1.0 forbids replaced by <see cref="Replacement"/>: C0 controls other than
    /// tab, line feed and carriage return, lone high or low surrogates, U+FFFE and U+FFFF. Valid surrogate pairs are
    /// kept. Returns the same instance when nothing needs replacing.
    /// </summary>
    /// <param name="text">Any string; null gives the empty string.</param>
    /// <returns>Text any XML 1.0 writer accepts.</returns>
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (s, start) = state;
            s.AsSpan().CopyTo(span);
            for (var i = start; i < s.Length; i++)
            {
                var c = s[i];
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    i++;
                    continue;
                }

                if (!IsAllowed(c))
                {
                    span[i] = Replacement;
                }
            }
        });
    }

    /// <summary>Whether the text holds any character XML 1.0 forbids.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when <see cref="Sanitize"/> would change it.</returns>
    public static bool NeedsSanitizing(string? text) => !string.IsNullOrEmpty(text) && FirstInvalid(text) >= 0;

    private static int FirstInvalid(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= '\u0020' && c < '\uD800')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsAllowed(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A single UTF-16 unit XML 1.0 allows on its own (a surrogate never is).</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= '\u0020' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');
}
