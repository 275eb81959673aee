namespace LegalReview.Corpus;

/// <summary>
/// A seed draft's text source: '%' directives, then one paragraph per line with a small inline markup that stands for
/// what Word files carry (see <see cref="DraftDocxWriter"/>).
/// </summary>
public sealed class DraftSource
{
    private DraftSource(string name, IReadOnlyDictionary<string, string> directives, IReadOnlyList<string> lines)
    {
        Name = name;
        Directives = directives;
        Lines = lines;
    }

    /// <summary>The source name without extension.</summary>
    public string Name { get; }

    /// <summary>Directives: app, runs, numbering, header, footer, format.</summary>
    public IReadOnlyDictionary<string, string> Directives { get; }

    /// <summary>The paragraph lines, markup included.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Whether the source asks for a GB18030 plain-text file instead of .docx.</summary>
    public bool IsGb18030Text => Directives.TryGetValue("format", out var f) && f == "txt-gb18030";

    /// <summary>Parses a source text.</summary>
    /// <param name="name">The name.</param>
    /// <param name="text">The content.</param>
    /// <returns>The source.</returns>
    public static DraftSource Parse(string name, string text)
    {
        var directives = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.StartsWith('%'))
            {
                var colon = raw.IndexOf(':', StringComparison.Ordinal);
                directives[raw[1..colon].Trim()] = raw[(colon + 1)..].Trim();
            }
            else if (raw.Trim().Length > 0)
            {
                lines.Add(raw.Trim());
            }
        }

        return new DraftSource(name, directives, lines);
    }

    /// <summary>
    /// Makes a source from a real document's plain text (one paragraph per line, no markup), written with every
    /// paragraph in one run or, when <paramref name="splitRuns"/>, split over many runs as Word and WPS save edited text.
    /// </summary>
    /// <param name="name">The name (file name without extension).</param>
    /// <param name="text">The document text.</param>
    /// <param name="splitRuns">Whether to split the text over many runs.</param>
    /// <returns>The source.</returns>
    public static DraftSource FromPlainText(string name, string text, bool splitRuns)
    {
        ArgumentNullException.ThrowIfNull(text);
        var directives = new Dictionary<string, string>(StringComparer.Ordinal);
        if (splitRuns)
        {
            directives["runs"] = "split";
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return new DraftSource(name, directives, lines);
    }

    /// <summary>Loads a source file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The source.</returns>
    public static DraftSource Load(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
}
