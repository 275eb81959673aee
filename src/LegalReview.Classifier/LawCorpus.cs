using System.Text;
using System.Text.RegularExpressions;

namespace LegalReview.Classifier;

/// <summary>
/// Derives training rows from a folder of law texts (markdown, one file per law and version, chapters as
/// <c>## 第X章 …</c> and articles starting with <c>第X条</c>). The texts are lawful in a law; what the classifier learns
/// from them is wording, so the labels are chosen by what that wording would do in a county normative document:
/// <list type="bullet">
/// <item>articles of a <c>法律责任</c> chapter that set a fine, confiscation, revocation, suspension of business or a
/// 从业 ban and do not refer to another law → <c>penalty</c> (in a normative document this wording creates a penalty;
/// the compliant form, which cites the authorising article, is taught by the corpus's <c>ok</c> rows);</item>
/// <item>articles of the first chapter (总则: purpose, scope, definitions, duties of the state) → <c>ok</c>;</item>
/// <item>all other articles are left out: permits, coercive measures and fees in a law are too often conditional or
/// procedural for their label to follow from the chapter alone.</item>
/// </list>
/// </summary>
public static partial class LawCorpus
{
    /// <summary>Reads every <c>*.md</c> file under a folder and returns the derived rows.</summary>
    /// <param name="folder">The laws folder.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows, ordered by file path and article.</returns>
    public static async Task<IReadOnlyList<LabelledProvision>> ReadFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var rows = new List<LabelledProvision>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            rows.AddRange(FromLaw(text, Path.GetFileNameWithoutExtension(file)));
        }

        return rows;
    }

    /// <summary>Derives rows from one law's markdown text.</summary>
    /// <param name="markdown">The law text.</param>
    /// <param name="name">The law's name, recorded in each row's source.</param>
    /// <returns>The rows.</returns>
    public static IEnumerable<LabelledProvision> FromLaw(string markdown, string name)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var chapterIndex = 0;
        var chapter = string.Empty;
        var article = new StringBuilder();
        var articleNumber = string.Empty;
        var result = new List<LabelledProvision>();

        void Flush()
        {
            if (article.Length > 0 && Label(article.ToString(), chapter, chapterIndex) is { } label)
            {
                result.Add(new LabelledProvision(article.ToString(), label, $"law:{name}:{articleNumber}", $"derived from a law text ({chapter}); lawful in the law itself"));
            }

            article.Clear();
        }

        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                chapter = line[3..].Replace(" ", string.Empty, StringComparison.Ordinal).Replace("　", string.Empty, StringComparison.Ordinal);
                chapterIndex++;
                continue;
            }

            var m = ArticleStart().Match(line);
            if (m.Success)
            {
                Flush();
                articleNumber = m.Groups[1].Value;
                article.Append(line[m.Length..].Trim());
            }
            else if (article.Length > 0 && line.Length > 0 && !line.StartsWith('#') && !line.StartsWith('<'))
            {
                article.Append(line);
            }
        }

        Flush();
        return result;
    }

    private static string? Label(string text, string chapter, int chapterIndex)
    {
        if (text.Length < 8 || text.Length > 400)
        {
            return null;
        }

        if (chapter.Contains("法律责任", StringComparison.Ordinal))
        {
            return PenaltyWords().IsMatch(text) && !text.Contains('《', StringComparison.Ordinal) ? "penalty" : null;
        }

        return chapterIndex == 1 && chapter.Contains("总则", StringComparison.Ordinal) ? "ok" : null;
    }

    [GeneratedRegex(@"^(第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?)[\s　]*")]
    private static partial Regex ArticleStart();

    [GeneratedRegex("罚款|没收|吊销|责令停产停业|责令停业|暂扣|不得从事|不得担任")]
    private static partial Regex PenaltyWords();
}
