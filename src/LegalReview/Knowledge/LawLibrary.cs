using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using LegalReview.Documents;

namespace LegalReview.Knowledge;

/// <summary>
/// A folder of law texts, one markdown file per law and version (e.g. <c>行政法/行政许可法(2019-04-23).md</c>), read on
/// demand for article-level checks: does the cited article exist, what does it say. Texts are never copied into reports.
/// </summary>
internal sealed partial class LawLibrary
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<int, string>> _articles = new(StringComparer.Ordinal);

    /// <summary>Opens a law library.</summary>
    /// <param name="root">The root folder.</param>
    public LawLibrary(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = root;
    }

    /// <summary>The root folder.</summary>
    public string Root { get; }

    /// <summary>The articles of a law text, by number.</summary>
    /// <param name="relativePath">The file's path relative to the root (from <see cref="LawRecord.TextFile"/>, with or without a leading "laws/").</param>
    /// <returns>The articles; empty when the file does not exist.</returns>
    public IReadOnlyDictionary<int, string> Articles(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return _articles.GetOrAdd(relativePath, p =>
        {
            var path = Path.Combine(Root, p.StartsWith("laws/", StringComparison.Ordinal) ? p["laws/".Length..] : p);
            if (!File.Exists(path))
            {
                return new Dictionary<int, string>();
            }

            var result = new Dictionary<int, string>();
            int? current = null;
            var buffer = new System.Text.StringBuilder();
            foreach (var line in File.ReadLines(path))
            {
                var m = ArticleHeading().Match(line);
                if (m.Success && ChineseNumerals.TryParse(m.Groups["n"].Value, out var n))
                {
                    if (current is { } c)
                    {
                        result.TryAdd(c, buffer.ToString().Trim());
                    }

                    current = n;
                    buffer.Clear().Append(m.Groups["t"].Value);
                    continue;
                }

                if (current is not null && !line.StartsWith('#'))
                {
                    buffer.Append('\n').Append(line);
                }
            }

            if (current is { } last)
            {
                result.TryAdd(last, buffer.ToString().Trim());
            }

            return result;
        });
    }

    [GeneratedRegex(@"^\s*(?:\*\*)?第(?<n>[一二三四五六七八九十百千零〇]+)条(?:\*\*)?\s*(?<t>.*)$")]
    private static partial Regex ArticleHeading();
}
